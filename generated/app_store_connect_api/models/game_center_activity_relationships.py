from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_activity_relationships_achievements import (
        GameCenterActivityRelationshipsAchievements,
    )
    from ..models.game_center_activity_relationships_achievements_v2 import (
        GameCenterActivityRelationshipsAchievementsV2,
    )
    from ..models.game_center_activity_relationships_game_center_detail import (
        GameCenterActivityRelationshipsGameCenterDetail,
    )
    from ..models.game_center_activity_relationships_game_center_group import (
        GameCenterActivityRelationshipsGameCenterGroup,
    )
    from ..models.game_center_activity_relationships_leaderboards import (
        GameCenterActivityRelationshipsLeaderboards,
    )
    from ..models.game_center_activity_relationships_leaderboards_v2 import (
        GameCenterActivityRelationshipsLeaderboardsV2,
    )
    from ..models.game_center_activity_relationships_versions import GameCenterActivityRelationshipsVersions


T = TypeVar("T", bound="GameCenterActivityRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterActivityRelationshipsAchievements, \
        GameCenterActivityRelationshipsAchievementsV2, \
        GameCenterActivityRelationshipsGameCenterDetail, \
        GameCenterActivityRelationshipsGameCenterGroup, \
        GameCenterActivityRelationshipsLeaderboards, \
        GameCenterActivityRelationshipsLeaderboardsV2, \
        GameCenterActivityRelationshipsVersions
    from ..models.game_center_activity_relationships_achievements import (
        GameCenterActivityRelationshipsAchievements,
    )
    from ..models.game_center_activity_relationships_achievements_v2 import (
        GameCenterActivityRelationshipsAchievementsV2,
    )
    from ..models.game_center_activity_relationships_game_center_detail import (
        GameCenterActivityRelationshipsGameCenterDetail,
    )
    from ..models.game_center_activity_relationships_game_center_group import (
        GameCenterActivityRelationshipsGameCenterGroup,
    )
    from ..models.game_center_activity_relationships_leaderboards import (
        GameCenterActivityRelationshipsLeaderboards,
    )
    from ..models.game_center_activity_relationships_leaderboards_v2 import (
        GameCenterActivityRelationshipsLeaderboardsV2,
    )
    from ..models.game_center_activity_relationships_versions import GameCenterActivityRelationshipsVersions

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterActivityRelationships:
    """
    Attributes:
        achievements (GameCenterActivityRelationshipsAchievements | Unset):
        achievements_v2 (GameCenterActivityRelationshipsAchievementsV2 | Unset):
        game_center_detail (GameCenterActivityRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterActivityRelationshipsGameCenterGroup | Unset):
        leaderboards (GameCenterActivityRelationshipsLeaderboards | Unset):
        leaderboards_v2 (GameCenterActivityRelationshipsLeaderboardsV2 | Unset):
        versions (GameCenterActivityRelationshipsVersions | Unset):
    """

    achievements: GameCenterActivityRelationshipsAchievements | None = None
    achievements_v2: GameCenterActivityRelationshipsAchievementsV2 | None = None
    game_center_detail: GameCenterActivityRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterActivityRelationshipsGameCenterGroup | None = None
    leaderboards: GameCenterActivityRelationshipsLeaderboards | None = None
    leaderboards_v2: GameCenterActivityRelationshipsLeaderboardsV2 | None = None
    versions: GameCenterActivityRelationshipsVersions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        achievements: Any = None
        if self.achievements is not None:
            achievements = UNSET
            if not isinstance(self.achievements, Unset):
                achievements = self.achievements.to_dict()

        achievements_v2: Any = None
        if self.achievements_v2 is not None:
            achievements_v2 = UNSET
            if not isinstance(self.achievements_v2, Unset):
                achievements_v2 = self.achievements_v2.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = UNSET
            if not isinstance(self.game_center_detail, Unset):
                game_center_detail = self.game_center_detail.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = UNSET
            if not isinstance(self.game_center_group, Unset):
                game_center_group = self.game_center_group.to_dict()

        leaderboards: Any = None
        if self.leaderboards is not None:
            leaderboards = UNSET
            if not isinstance(self.leaderboards, Unset):
                leaderboards = self.leaderboards.to_dict()

        leaderboards_v2: Any = None
        if self.leaderboards_v2 is not None:
            leaderboards_v2 = UNSET
            if not isinstance(self.leaderboards_v2, Unset):
                leaderboards_v2 = self.leaderboards_v2.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if achievements is not None:
            field_dict["achievements"] = achievements
        if achievements_v2 is not None:
            field_dict["achievementsV2"] = achievements_v2
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if leaderboards is not None:
            field_dict["leaderboards"] = leaderboards
        if leaderboards_v2 is not None:
            field_dict["leaderboardsV2"] = leaderboards_v2
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_achievements = d.pop("achievements", None)
        if _raw_achievements is None:
            achievements = None
        else:
            _achievements = _raw_achievements
            achievements: GameCenterActivityRelationshipsAchievements | Unset
            if isinstance(_achievements, Unset):
                achievements = UNSET
            else:
                achievements = GameCenterActivityRelationshipsAchievements.from_dict(_achievements)

        _raw_achievements_v2 = d.pop("achievementsV2", None)
        if _raw_achievements_v2 is None:
            achievements_v2 = None
        else:
            _achievements_v2 = _raw_achievements_v2
            achievements_v2: GameCenterActivityRelationshipsAchievementsV2 | Unset
            if isinstance(_achievements_v2, Unset):
                achievements_v2 = UNSET
            else:
                achievements_v2 = GameCenterActivityRelationshipsAchievementsV2.from_dict(_achievements_v2)

        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterActivityRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = GameCenterActivityRelationshipsGameCenterDetail.from_dict(
                    _game_center_detail
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterActivityRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterActivityRelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _raw_leaderboards = d.pop("leaderboards", None)
        if _raw_leaderboards is None:
            leaderboards = None
        else:
            _leaderboards = _raw_leaderboards
            leaderboards: GameCenterActivityRelationshipsLeaderboards | Unset
            if isinstance(_leaderboards, Unset):
                leaderboards = UNSET
            else:
                leaderboards = GameCenterActivityRelationshipsLeaderboards.from_dict(_leaderboards)

        _raw_leaderboards_v2 = d.pop("leaderboardsV2", None)
        if _raw_leaderboards_v2 is None:
            leaderboards_v2 = None
        else:
            _leaderboards_v2 = _raw_leaderboards_v2
            leaderboards_v2: GameCenterActivityRelationshipsLeaderboardsV2 | Unset
            if isinstance(_leaderboards_v2, Unset):
                leaderboards_v2 = UNSET
            else:
                leaderboards_v2 = GameCenterActivityRelationshipsLeaderboardsV2.from_dict(_leaderboards_v2)

        _raw_versions = d.pop("versions", None)
        if _raw_versions is None:
            versions = None
        else:
            _versions = _raw_versions
            versions: GameCenterActivityRelationshipsVersions | Unset
            if isinstance(_versions, Unset):
                versions = UNSET
            else:
                versions = GameCenterActivityRelationshipsVersions.from_dict(_versions)

        game_center_activity_relationships = cls(
            achievements=achievements,
            achievements_v2=achievements_v2,
            game_center_detail=game_center_detail,
            game_center_group=game_center_group,
            leaderboards=leaderboards,
            leaderboards_v2=leaderboards_v2,
            versions=versions,
        )
        game_center_activity_relationships.additional_properties = d
        return game_center_activity_relationships

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "achievements",
        "achievementsV2",
        "gameCenterDetail",
        "gameCenterGroup",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    }
)
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


def _read_achievements(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_achievements = src_dict.get("achievements")
    if _raw_achievements is None:
        achievements = None
    else:
        achievements = GameCenterActivityRelationshipsAchievements.from_dict(_raw_achievements)

    return achievements


def _read_achievements_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_achievements_v2 = src_dict.get("achievementsV2")
    if _raw_achievements_v2 is None:
        achievements_v2 = None
    else:
        achievements_v2 = GameCenterActivityRelationshipsAchievementsV2.from_dict(_raw_achievements_v2)

    return achievements_v2


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterActivityRelationshipsGameCenterDetail.from_dict(
            _raw_game_center_detail
        )

    return game_center_detail


def _read_game_center_group(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_group = src_dict.get("gameCenterGroup")
    if _raw_game_center_group is None:
        game_center_group = None
    else:
        game_center_group = GameCenterActivityRelationshipsGameCenterGroup.from_dict(_raw_game_center_group)

    return game_center_group


def _read_leaderboards(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboards = src_dict.get("leaderboards")
    if _raw_leaderboards is None:
        leaderboards = None
    else:
        leaderboards = GameCenterActivityRelationshipsLeaderboards.from_dict(_raw_leaderboards)

    return leaderboards


def _read_leaderboards_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboards_v2 = src_dict.get("leaderboardsV2")
    if _raw_leaderboards_v2 is None:
        leaderboards_v2 = None
    else:
        leaderboards_v2 = GameCenterActivityRelationshipsLeaderboardsV2.from_dict(_raw_leaderboards_v2)

    return leaderboards_v2


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = GameCenterActivityRelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "achievements": _read_achievements,
    "achievements_v2": _read_achievements_v2,
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "leaderboards": _read_leaderboards,
    "leaderboards_v2": _read_leaderboards_v2,
    "versions": _read_versions,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        achievements: Any = None
        if self.achievements is not None:
            achievements = self.achievements.to_dict()

        achievements_v2: Any = None
        if self.achievements_v2 is not None:
            achievements_v2 = self.achievements_v2.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = self.game_center_group.to_dict()

        leaderboards: Any = None
        if self.leaderboards is not None:
            leaderboards = self.leaderboards.to_dict()

        leaderboards_v2: Any = None
        if self.leaderboards_v2 is not None:
            leaderboards_v2 = self.leaderboards_v2.to_dict()

        versions: Any = None
        if self.versions is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # achievements, achievements_v2, game_center_detail, game_center_group, leaderboards, leaderboards_v2, versions: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_achievement_relationships_activity import (
        GameCenterAchievementRelationshipsActivity,
    )
    from ..models.game_center_achievement_relationships_game_center_detail import (
        GameCenterAchievementRelationshipsGameCenterDetail,
    )
    from ..models.game_center_achievement_relationships_game_center_group import (
        GameCenterAchievementRelationshipsGameCenterGroup,
    )
    from ..models.game_center_achievement_relationships_group_achievement import (
        GameCenterAchievementRelationshipsGroupAchievement,
    )
    from ..models.game_center_achievement_relationships_localizations import (
        GameCenterAchievementRelationshipsLocalizations,
    )
    from ..models.game_center_achievement_relationships_releases import (
        GameCenterAchievementRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterAchievementRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementRelationshipsActivity, \
        GameCenterAchievementRelationshipsGameCenterDetail, \
        GameCenterAchievementRelationshipsGameCenterGroup, \
        GameCenterAchievementRelationshipsGroupAchievement, \
        GameCenterAchievementRelationshipsLocalizations, \
        GameCenterAchievementRelationshipsReleases
    from ..models.game_center_achievement_relationships_activity import (
        GameCenterAchievementRelationshipsActivity,
    )
    from ..models.game_center_achievement_relationships_game_center_detail import (
        GameCenterAchievementRelationshipsGameCenterDetail,
    )
    from ..models.game_center_achievement_relationships_game_center_group import (
        GameCenterAchievementRelationshipsGameCenterGroup,
    )
    from ..models.game_center_achievement_relationships_group_achievement import (
        GameCenterAchievementRelationshipsGroupAchievement,
    )
    from ..models.game_center_achievement_relationships_localizations import (
        GameCenterAchievementRelationshipsLocalizations,
    )
    from ..models.game_center_achievement_relationships_releases import (
        GameCenterAchievementRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterAchievementRelationships:
    """
    Attributes:
        activity (GameCenterAchievementRelationshipsActivity | Unset):
        game_center_detail (GameCenterAchievementRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterAchievementRelationshipsGameCenterGroup | Unset):
        group_achievement (GameCenterAchievementRelationshipsGroupAchievement | Unset):
        localizations (GameCenterAchievementRelationshipsLocalizations | Unset):
        releases (GameCenterAchievementRelationshipsReleases | Unset):
    """

    activity: GameCenterAchievementRelationshipsActivity | None = None
    game_center_detail: GameCenterAchievementRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterAchievementRelationshipsGameCenterGroup | None = None
    group_achievement: GameCenterAchievementRelationshipsGroupAchievement | None = None
    localizations: GameCenterAchievementRelationshipsLocalizations | None = None
    releases: GameCenterAchievementRelationshipsReleases | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        activity: Any = None
        if self.activity is not None:
            activity = UNSET
            if not isinstance(self.activity, Unset):
                activity = self.activity.to_dict()

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

        group_achievement: Any = None
        if self.group_achievement is not None:
            group_achievement = UNSET
            if not isinstance(self.group_achievement, Unset):
                group_achievement = self.group_achievement.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        releases: Any = None
        if self.releases is not None:
            releases = UNSET
            if not isinstance(self.releases, Unset):
                releases = self.releases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity is not None:
            field_dict["activity"] = activity
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if group_achievement is not None:
            field_dict["groupAchievement"] = group_achievement
        if localizations is not None:
            field_dict["localizations"] = localizations
        if releases is not None:
            field_dict["releases"] = releases
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_activity = d.pop("activity", None)
        if _raw_activity is None:
            activity = None
        else:
            _activity = _raw_activity
            activity: GameCenterAchievementRelationshipsActivity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = GameCenterAchievementRelationshipsActivity.from_dict(_activity)

        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterAchievementRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = GameCenterAchievementRelationshipsGameCenterDetail.from_dict(
                    _game_center_detail
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterAchievementRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterAchievementRelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _raw_group_achievement = d.pop("groupAchievement", None)
        if _raw_group_achievement is None:
            group_achievement = None
        else:
            _group_achievement = _raw_group_achievement
            group_achievement: GameCenterAchievementRelationshipsGroupAchievement | Unset
            if isinstance(_group_achievement, Unset):
                group_achievement = UNSET
            else:
                group_achievement = GameCenterAchievementRelationshipsGroupAchievement.from_dict(
                    _group_achievement
                )

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterAchievementRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterAchievementRelationshipsLocalizations.from_dict(_localizations)

        _raw_releases = d.pop("releases", None)
        if _raw_releases is None:
            releases = None
        else:
            _releases = _raw_releases
            releases: GameCenterAchievementRelationshipsReleases | Unset
            if isinstance(_releases, Unset):
                releases = UNSET
            else:
                releases = GameCenterAchievementRelationshipsReleases.from_dict(_releases)

        game_center_achievement_relationships = cls(
            activity=activity,
            game_center_detail=game_center_detail,
            game_center_group=game_center_group,
            group_achievement=group_achievement,
            localizations=localizations,
            releases=releases,
        )
        game_center_achievement_relationships.additional_properties = d
        return game_center_achievement_relationships

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

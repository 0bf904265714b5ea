from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "activity",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
    }
)
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


def _read_activity(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity = src_dict.get("activity")
    if _raw_activity is None:
        activity = None
    else:
        activity = GameCenterAchievementRelationshipsActivity.from_dict(_raw_activity)

    return activity


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterAchievementRelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterAchievementRelationshipsGameCenterGroup.from_dict(
            _raw_game_center_group
        )

    return game_center_group


def _read_group_achievement(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_group_achievement = src_dict.get("groupAchievement")
    if _raw_group_achievement is None:
        group_achievement = None
    else:
        group_achievement = GameCenterAchievementRelationshipsGroupAchievement.from_dict(
            _raw_group_achievement
        )

    return group_achievement


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = GameCenterAchievementRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_releases = src_dict.get("releases")
    if _raw_releases is None:
        releases = None
    else:
        releases = GameCenterAchievementRelationshipsReleases.from_dict(_raw_releases)

    return releases


_READERS: dict[str, Any] = {
    "activity": _read_activity,
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "group_achievement": _read_group_achievement,
    "localizations": _read_localizations,
    "releases": _read_releases,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        activity: Any = None
        if self.activity is not None:
            activity = self.activity.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = self.game_center_group.to_dict()

        group_achievement: Any = None
        if self.group_achievement is not None:
            group_achievement = self.group_achievement.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        releases: Any = None
        if self.releases is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # activity, game_center_detail, game_center_group, group_achievement, localizations, releases: read on first access
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_achievement_v2_relationships_activity import (
        GameCenterAchievementV2RelationshipsActivity,
    )
    from ..models.game_center_achievement_v2_relationships_game_center_detail import (
        GameCenterAchievementV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_achievement_v2_relationships_game_center_group import (
        GameCenterAchievementV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_achievement_v2_relationships_versions import (
        GameCenterAchievementV2RelationshipsVersions,
    )


T = TypeVar("T", bound="GameCenterAchievementV2Relationships")
_KNOWN_KEYS = frozenset(
    {
        "activity",
        "gameCenterDetail",
        "gameCenterGroup",
        "versions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementV2RelationshipsActivity, \
        GameCenterAchievementV2RelationshipsGameCenterDetail, \
        GameCenterAchievementV2RelationshipsGameCenterGroup, \
        GameCenterAchievementV2RelationshipsVersions
    from ..models.game_center_achievement_v2_relationships_activity import (
        GameCenterAchievementV2RelationshipsActivity,
    )
    from ..models.game_center_achievement_v2_relationships_game_center_detail import (
        GameCenterAchievementV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_achievement_v2_relationships_game_center_group import (
        GameCenterAchievementV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_achievement_v2_relationships_versions import (
        GameCenterAchievementV2RelationshipsVersions,
    )

    _LAZY_IMPORTS_DONE = True


def _read_activity(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity = src_dict.get("activity")
    if _raw_activity is None:
        activity = None
    else:
        activity = GameCenterAchievementV2RelationshipsActivity.from_dict(_raw_activity)

    return activity


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterAchievementV2RelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterAchievementV2RelationshipsGameCenterGroup.from_dict(
            _raw_game_center_group
        )

    return game_center_group


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = GameCenterAchievementV2RelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "activity": _read_activity,
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "versions": _read_versions,
}


@_attrs_define(repr=False)
class GameCenterAchievementV2Relationships:
    """
    Attributes:
        activity (GameCenterAchievementV2RelationshipsActivity | Unset):
        game_center_detail (GameCenterAchievementV2RelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterAchievementV2RelationshipsGameCenterGroup | Unset):
        versions (GameCenterAchievementV2RelationshipsVersions | Unset):
    """

    activity: GameCenterAchievementV2RelationshipsActivity | None = None
    game_center_detail: GameCenterAchievementV2RelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterAchievementV2RelationshipsGameCenterGroup | None = None
    versions: GameCenterAchievementV2RelationshipsVersions | None = None
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

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activity is not None:
            field_dict["activity"] = activity
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # activity, game_center_detail, game_center_group, versions: read on first access
        )
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

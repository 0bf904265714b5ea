from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_achievement_release_relationships_game_center_achievement import (
        GameCenterAchievementReleaseRelationshipsGameCenterAchievement,
    )
    from ..models.game_center_achievement_release_relationships_game_center_detail import (
        GameCenterAchievementReleaseRelationshipsGameCenterDetail,
    )


T = TypeVar("T", bound="GameCenterAchievementReleaseRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterAchievement",
        "gameCenterDetail",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementReleaseRelationshipsGameCenterAchievement, \
        GameCenterAchievementReleaseRelationshipsGameCenterDetail
    from ..models.game_center_achievement_release_relationships_game_center_achievement import (
        GameCenterAchievementReleaseRelationshipsGameCenterAchievement,
    )
    from ..models.game_center_achievement_release_relationships_game_center_detail import (
        GameCenterAchievementReleaseRelationshipsGameCenterDetail,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_achievement(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievement = src_dict.get("gameCenterAchievement")
    if _raw_game_center_achievement is None:
        game_center_achievement = None
    else:
        game_center_achievement = GameCenterAchievementReleaseRelationshipsGameCenterAchievement.from_dict(
            _raw_game_center_achievement
        )

    return game_center_achievement


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterAchievementReleaseRelationshipsGameCenterDetail.from_dict(
            _raw_game_center_detail
        )

    return game_center_detail


_READERS: dict[str, Any] = {
    "game_center_achievement": _read_game_center_achievement,
    "game_center_detail": _read_game_center_detail,
}


@_attrs_define(repr=False)
class GameCenterAchievementReleaseRelationships:
    """
    Attributes:
        game_center_achievement (GameCenterAchievementReleaseRelationshipsGameCenterAchievement | Unset):
        game_center_detail (GameCenterAchievementReleaseRelationshipsGameCenterDetail | Unset):
    """

    game_center_achievement: GameCenterAchievementReleaseRelationshipsGameCenterAchievement | None = None
    game_center_detail: GameCenterAchievementReleaseRelationshipsGameCenterDetail | None = None
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
        game_center_achievement: Any = None
        if self.game_center_achievement is not None:
            game_center_achievement = self.game_center_achievement.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_achievement is not None:
            field_dict["gameCenterAchievement"] = game_center_achievement
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_achievement, game_center_detail: read on first access
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

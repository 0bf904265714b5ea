from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_achievement_localization_relationships_game_center_achievement import (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievement,
    )
    from ..models.game_center_achievement_localization_relationships_game_center_achievement_image import (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage,
    )


T = TypeVar("T", bound="GameCenterAchievementLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievement, \
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage
    from ..models.game_center_achievement_localization_relationships_game_center_achievement import (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievement,
    )
    from ..models.game_center_achievement_localization_relationships_game_center_achievement_image import (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_achievement(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievement = src_dict.get("gameCenterAchievement")
    if _raw_game_center_achievement is None:
        game_center_achievement = None
    else:
        game_center_achievement = (
            GameCenterAchievementLocalizationRelationshipsGameCenterAchievement.from_dict(
                _raw_game_center_achievement
            )
        )

    return game_center_achievement


def _read_game_center_achievement_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_achievement_image = src_dict.get("gameCenterAchievementImage")
    if _raw_game_center_achievement_image is None:
        game_center_achievement_image = None
    else:
        game_center_achievement_image = (
            GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage.from_dict(
                _raw_game_center_achievement_image
            )
        )

    return game_center_achievement_image


_READERS: dict[str, Any] = {
    "game_center_achievement": _read_game_center_achievement,
    "game_center_achievement_image": _read_game_center_achievement_image,
}


@_attrs_define(repr=False)
class GameCenterAchievementLocalizationRelationships:
    """
    Attributes:
        game_center_achievement (GameCenterAchievementLocalizationRelationshipsGameCenterAchievement | Unset):
        game_center_achievement_image (GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage |
            Unset):
    """

    game_center_achievement: GameCenterAchievementLocalizationRelationshipsGameCenterAchievement | None = None
    game_center_achievement_image: (
        GameCenterAchievementLocalizationRelationshipsGameCenterAchievementImage | None
    ) = None
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

        game_center_achievement_image: Any = None
        if self.game_center_achievement_image is not None:
            game_center_achievement_image = self.game_center_achievement_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_achievement is not None:
            field_dict["gameCenterAchievement"] = game_center_achievement
        if game_center_achievement_image is not None:
            field_dict["gameCenterAchievementImage"] = game_center_achievement_image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # game_center_achievement, game_center_achievement_image: read on first access
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

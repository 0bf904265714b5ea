from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_localization_relationships_game_center_leaderboard import (
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard,
    )
    from ..models.game_center_leaderboard_localization_relationships_game_center_leaderboard_image import (
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage,
    )


T = TypeVar("T", bound="GameCenterLeaderboardLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard, \
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage
    from ..models.game_center_leaderboard_localization_relationships_game_center_leaderboard import (
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard,
    )
    from ..models.game_center_leaderboard_localization_relationships_game_center_leaderboard_image import (
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_leaderboard(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard = src_dict.get("gameCenterLeaderboard")
    if _raw_game_center_leaderboard is None:
        game_center_leaderboard = None
    else:
        game_center_leaderboard = (
            GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard.from_dict(
                _raw_game_center_leaderboard
            )
        )

    return game_center_leaderboard


def _read_game_center_leaderboard_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_image = src_dict.get("gameCenterLeaderboardImage")
    if _raw_game_center_leaderboard_image is None:
        game_center_leaderboard_image = None
    else:
        game_center_leaderboard_image = (
            GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage.from_dict(
                _raw_game_center_leaderboard_image
            )
        )

    return game_center_leaderboard_image


_READERS: dict[str, Any] = {
    "game_center_leaderboard": _read_game_center_leaderboard,
    "game_center_leaderboard_image": _read_game_center_leaderboard_image,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardLocalizationRelationships:
    """
    Attributes:
        game_center_leaderboard (GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard | Unset):
        game_center_leaderboard_image (GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage |
            Unset):
    """

    game_center_leaderboard: GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboard | None = None
    game_center_leaderboard_image: (
        GameCenterLeaderboardLocalizationRelationshipsGameCenterLeaderboardImage | None
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
        game_center_leaderboard: Any = None
        if self.game_center_leaderboard is not None:
            game_center_leaderboard = self.game_center_leaderboard.to_dict()

        game_center_leaderboard_image: Any = None
        if self.game_center_leaderboard_image is not None:
            game_center_leaderboard_image = self.game_center_leaderboard_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_leaderboard is not None:
            field_dict["gameCenterLeaderboard"] = game_center_leaderboard
        if game_center_leaderboard_image is not None:
            field_dict["gameCenterLeaderboardImage"] = game_center_leaderboard_image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # game_center_leaderboard, game_center_leaderboard_image: read on first access
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

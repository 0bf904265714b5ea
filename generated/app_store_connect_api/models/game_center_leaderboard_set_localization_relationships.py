from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_localization_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_localization_relationships_game_center_leaderboard_set_image import (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetLocalizationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterLeaderboardSet",
        "gameCenterLeaderboardSetImage",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet, \
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage
    from ..models.game_center_leaderboard_set_localization_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_localization_relationships_game_center_leaderboard_set_image import (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_leaderboard_set(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_set = src_dict.get("gameCenterLeaderboardSet")
    if _raw_game_center_leaderboard_set is None:
        game_center_leaderboard_set = None
    else:
        game_center_leaderboard_set = (
            GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet.from_dict(
                _raw_game_center_leaderboard_set
            )
        )

    return game_center_leaderboard_set


def _read_game_center_leaderboard_set_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_set_image = src_dict.get("gameCenterLeaderboardSetImage")
    if _raw_game_center_leaderboard_set_image is None:
        game_center_leaderboard_set_image = None
    else:
        game_center_leaderboard_set_image = (
            GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage.from_dict(
                _raw_game_center_leaderboard_set_image
            )
        )

    return game_center_leaderboard_set_image


_READERS: dict[str, Any] = {
    "game_center_leaderboard_set": _read_game_center_leaderboard_set,
    "game_center_leaderboard_set_image": _read_game_center_leaderboard_set_image,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardSetLocalizationRelationships:
    """
    Attributes:
        game_center_leaderboard_set (GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet | Unset):
        game_center_leaderboard_set_image
            (GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage | Unset):
    """

    game_center_leaderboard_set: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSet | None
    ) = None
    game_center_leaderboard_set_image: (
        GameCenterLeaderboardSetLocalizationRelationshipsGameCenterLeaderboardSetImage | None
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
        game_center_leaderboard_set: Any = None
        if self.game_center_leaderboard_set is not None:
            game_center_leaderboard_set = self.game_center_leaderboard_set.to_dict()

        game_center_leaderboard_set_image: Any = None
        if self.game_center_leaderboard_set_image is not None:
            game_center_leaderboard_set_image = self.game_center_leaderboard_set_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_leaderboard_set is not None:
            field_dict["gameCenterLeaderboardSet"] = game_center_leaderboard_set
        if game_center_leaderboard_set_image is not None:
            field_dict["gameCenterLeaderboardSetImage"] = game_center_leaderboard_set_image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # game_center_leaderboard_set, game_center_leaderboard_set_image: read on first access
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

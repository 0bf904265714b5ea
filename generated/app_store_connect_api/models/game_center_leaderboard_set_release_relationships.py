from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_release_relationships_game_center_detail import (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_release_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetReleaseRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterDetail",
        "gameCenterLeaderboardSet",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet
    from ..models.game_center_leaderboard_set_release_relationships_game_center_detail import (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_release_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail.from_dict(
            _raw_game_center_detail
        )

    return game_center_detail


def _read_game_center_leaderboard_set(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_set = src_dict.get("gameCenterLeaderboardSet")
    if _raw_game_center_leaderboard_set is None:
        game_center_leaderboard_set = None
    else:
        game_center_leaderboard_set = (
            GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet.from_dict(
                _raw_game_center_leaderboard_set
            )
        )

    return game_center_leaderboard_set


_READERS: dict[str, Any] = {
    "game_center_detail": _read_game_center_detail,
    "game_center_leaderboard_set": _read_game_center_leaderboard_set,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardSetReleaseRelationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail | Unset):
        game_center_leaderboard_set (GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet | Unset):
    """

    game_center_detail: GameCenterLeaderboardSetReleaseRelationshipsGameCenterDetail | None = None
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetReleaseRelationshipsGameCenterLeaderboardSet | None
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
        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        game_center_leaderboard_set: Any = None
        if self.game_center_leaderboard_set is not None:
            game_center_leaderboard_set = self.game_center_leaderboard_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_leaderboard_set is not None:
            field_dict["gameCenterLeaderboardSet"] = game_center_leaderboard_set
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_detail, game_center_leaderboard_set: read on first access
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

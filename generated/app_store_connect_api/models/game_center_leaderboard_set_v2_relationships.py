from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_detail import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_group import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_versions import (
        GameCenterLeaderboardSetV2RelationshipsVersions,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetV2Relationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetV2RelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetV2RelationshipsGameCenterGroup, \
        GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards, \
        GameCenterLeaderboardSetV2RelationshipsVersions
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_detail import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_group import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_v2_relationships_versions import (
        GameCenterLeaderboardSetV2RelationshipsVersions,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterLeaderboardSetV2RelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterLeaderboardSetV2RelationshipsGameCenterGroup.from_dict(
            _raw_game_center_group
        )

    return game_center_group


def _read_game_center_leaderboards(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboards = src_dict.get("gameCenterLeaderboards")
    if _raw_game_center_leaderboards is None:
        game_center_leaderboards = None
    else:
        game_center_leaderboards = GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards.from_dict(
            _raw_game_center_leaderboards
        )

    return game_center_leaderboards


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = GameCenterLeaderboardSetV2RelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "game_center_leaderboards": _read_game_center_leaderboards,
    "versions": _read_versions,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardSetV2Relationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetV2RelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardSetV2RelationshipsGameCenterGroup | Unset):
        game_center_leaderboards (GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards | Unset):
        versions (GameCenterLeaderboardSetV2RelationshipsVersions | Unset):
    """

    game_center_detail: GameCenterLeaderboardSetV2RelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardSetV2RelationshipsGameCenterGroup | None = None
    game_center_leaderboards: GameCenterLeaderboardSetV2RelationshipsGameCenterLeaderboards | None = None
    versions: GameCenterLeaderboardSetV2RelationshipsVersions | None = None
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

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = self.game_center_group.to_dict()

        game_center_leaderboards: Any = None
        if self.game_center_leaderboards is not None:
            game_center_leaderboards = self.game_center_leaderboards.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboards is not None:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_detail, game_center_group, game_center_leaderboards, versions: read on first access
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

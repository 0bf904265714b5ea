from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_relationships_game_center_detail import (
        GameCenterLeaderboardSetRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_group import (
        GameCenterLeaderboardSetRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_relationships_group_leaderboard_set import (
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_relationships_localizations import (
        GameCenterLeaderboardSetRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_set_relationships_releases import (
        GameCenterLeaderboardSetRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "groupLeaderboardSet",
        "localizations",
        "releases",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetRelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetRelationshipsGameCenterGroup, \
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards, \
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet, \
        GameCenterLeaderboardSetRelationshipsLocalizations, \
        GameCenterLeaderboardSetRelationshipsReleases
    from ..models.game_center_leaderboard_set_relationships_game_center_detail import (
        GameCenterLeaderboardSetRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_group import (
        GameCenterLeaderboardSetRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_relationships_group_leaderboard_set import (
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_relationships_localizations import (
        GameCenterLeaderboardSetRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_set_relationships_releases import (
        GameCenterLeaderboardSetRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterLeaderboardSetRelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterLeaderboardSetRelationshipsGameCenterGroup.from_dict(
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
        game_center_leaderboards = GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards.from_dict(
            _raw_game_center_leaderboards
        )

    return game_center_leaderboards


def _read_group_leaderboard_set(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_group_leaderboard_set = src_dict.get("groupLeaderboardSet")
    if _raw_group_leaderboard_set is None:
        group_leaderboard_set = None
    else:
        group_leaderboard_set = GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet.from_dict(
            _raw_group_leaderboard_set
        )

    return group_leaderboard_set


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = GameCenterLeaderboardSetRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_releases = src_dict.get("releases")
    if _raw_releases is None:
        releases = None
    else:
        releases = GameCenterLeaderboardSetRelationshipsReleases.from_dict(_raw_releases)

    return releases


_READERS: dict[str, Any] = {
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "game_center_leaderboards": _read_game_center_leaderboards,
    "group_leaderboard_set": _read_group_leaderboard_set,
    "localizations": _read_localizations,
    "releases": _read_releases,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardSetRelationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardSetRelationshipsGameCenterGroup | Unset):
        game_center_leaderboards (GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | Unset):
        group_leaderboard_set (GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | Unset):
        localizations (GameCenterLeaderboardSetRelationshipsLocalizations | Unset):
        releases (GameCenterLeaderboardSetRelationshipsReleases | Unset):
    """

    game_center_detail: GameCenterLeaderboardSetRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardSetRelationshipsGameCenterGroup | None = None
    game_center_leaderboards: GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | None = None
    group_leaderboard_set: GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | None = None
    localizations: GameCenterLeaderboardSetRelationshipsLocalizations | None = None
    releases: GameCenterLeaderboardSetRelationshipsReleases | None = None
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

        group_leaderboard_set: Any = None
        if self.group_leaderboard_set is not None:
            group_leaderboard_set = self.group_leaderboard_set.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        releases: Any = None
        if self.releases is not None:
            releases = self.releases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboards is not None:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        if group_leaderboard_set is not None:
            field_dict["groupLeaderboardSet"] = group_leaderboard_set
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
        _model._document = src_dict  # game_center_detail, game_center_group, game_center_leaderboards, group_leaderboard_set, localizations, releases: read on first access
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

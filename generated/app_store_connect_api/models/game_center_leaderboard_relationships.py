from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_relationships_activity import (
        GameCenterLeaderboardRelationshipsActivity,
    )
    from ..models.game_center_leaderboard_relationships_challenge import (
        GameCenterLeaderboardRelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_relationships_game_center_detail import (
        GameCenterLeaderboardRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_relationships_game_center_group import (
        GameCenterLeaderboardRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_relationships_group_leaderboard import (
        GameCenterLeaderboardRelationshipsGroupLeaderboard,
    )
    from ..models.game_center_leaderboard_relationships_localizations import (
        GameCenterLeaderboardRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_relationships_releases import (
        GameCenterLeaderboardRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterLeaderboardRelationships")
_KNOWN_KEYS = frozenset(
    {
        "activity",
        "challenge",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "groupLeaderboard",
        "localizations",
        "releases",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardRelationshipsActivity, \
        GameCenterLeaderboardRelationshipsChallenge, \
        GameCenterLeaderboardRelationshipsGameCenterDetail, \
        GameCenterLeaderboardRelationshipsGameCenterGroup, \
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets, \
        GameCenterLeaderboardRelationshipsGroupLeaderboard, \
        GameCenterLeaderboardRelationshipsLocalizations, \
        GameCenterLeaderboardRelationshipsReleases
    from ..models.game_center_leaderboard_relationships_activity import (
        GameCenterLeaderboardRelationshipsActivity,
    )
    from ..models.game_center_leaderboard_relationships_challenge import (
        GameCenterLeaderboardRelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_relationships_game_center_detail import (
        GameCenterLeaderboardRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_relationships_game_center_group import (
        GameCenterLeaderboardRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_relationships_group_leaderboard import (
        GameCenterLeaderboardRelationshipsGroupLeaderboard,
    )
    from ..models.game_center_leaderboard_relationships_localizations import (
        GameCenterLeaderboardRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_relationships_releases import (
        GameCenterLeaderboardRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


def _read_activity(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity = src_dict.get("activity")
    if _raw_activity is None:
        activity = None
    else:
        activity = GameCenterLeaderboardRelationshipsActivity.from_dict(_raw_activity)

    return activity


def _read_challenge(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_challenge = src_dict.get("challenge")
    if _raw_challenge is None:
        challenge = None
    else:
        challenge = GameCenterLeaderboardRelationshipsChallenge.from_dict(_raw_challenge)

    return challenge


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterLeaderboardRelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterLeaderboardRelationshipsGameCenterGroup.from_dict(
            _raw_game_center_group
        )

    return game_center_group


def _read_game_center_leaderboard_sets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_sets = src_dict.get("gameCenterLeaderboardSets")
    if _raw_game_center_leaderboard_sets is None:
        game_center_leaderboard_sets = None
    else:
        game_center_leaderboard_sets = GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets.from_dict(
            _raw_game_center_leaderboard_sets
        )

    return game_center_leaderboard_sets


def _read_group_leaderboard(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_group_leaderboard = src_dict.get("groupLeaderboard")
    if _raw_group_leaderboard is None:
        group_leaderboard = None
    else:
        group_leaderboard = GameCenterLeaderboardRelationshipsGroupLeaderboard.from_dict(
            _raw_group_leaderboard
        )

    return group_leaderboard


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = GameCenterLeaderboardRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_releases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_releases = src_dict.get("releases")
    if _raw_releases is None:
        releases = None
    else:
        releases = GameCenterLeaderboardRelationshipsReleases.from_dict(_raw_releases)

    return releases


_READERS: dict[str, Any] = {
    "activity": _read_activity,
    "challenge": _read_challenge,
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "game_center_leaderboard_sets": _read_game_center_leaderboard_sets,
    "group_leaderboard": _read_group_leaderboard,
    "localizations": _read_localizations,
    "releases": _read_releases,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardRelationships:
    """
    Attributes:
        activity (GameCenterLeaderboardRelationshipsActivity | Unset):
        challenge (GameCenterLeaderboardRelationshipsChallenge | Unset):
        game_center_detail (GameCenterLeaderboardRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardRelationshipsGameCenterGroup | Unset):
        game_center_leaderboard_sets (GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | Unset):
        group_leaderboard (GameCenterLeaderboardRelationshipsGroupLeaderboard | Unset):
        localizations (GameCenterLeaderboardRelationshipsLocalizations | Unset):
        releases (GameCenterLeaderboardRelationshipsReleases | Unset):
    """

    activity: GameCenterLeaderboardRelationshipsActivity | None = None
    challenge: GameCenterLeaderboardRelationshipsChallenge | None = None
    game_center_detail: GameCenterLeaderboardRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardRelationshipsGameCenterGroup | None = None
    game_center_leaderboard_sets: GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | None = None
    group_leaderboard: GameCenterLeaderboardRelationshipsGroupLeaderboard | None = None
    localizations: GameCenterLeaderboardRelationshipsLocalizations | None = None
    releases: GameCenterLeaderboardRelationshipsReleases | None = None
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

        challenge: Any = None
        if self.challenge is not None:
            challenge = self.challenge.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = self.game_center_group.to_dict()

        game_center_leaderboard_sets: Any = None
        if self.game_center_leaderboard_sets is not None:
            game_center_leaderboard_sets = self.game_center_leaderboard_sets.to_dict()

        group_leaderboard: Any = None
        if self.group_leaderboard is not None:
            group_leaderboard = self.group_leaderboard.to_dict()

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
        if challenge is not None:
            field_dict["challenge"] = challenge
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboard_sets is not None:
            field_dict["gameCenterLeaderboardSets"] = game_center_leaderboard_sets
        if group_leaderboard is not None:
            field_dict["groupLeaderboard"] = group_leaderboard
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
        _model._document = src_dict  # activity, challenge, game_center_detail, game_center_group, game_center_leaderboard_sets, group_leaderboard, localizations, releases: read on first access
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

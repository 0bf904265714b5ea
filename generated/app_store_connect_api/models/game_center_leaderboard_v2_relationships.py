from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_v2_relationships_activity import (
        GameCenterLeaderboardV2RelationshipsActivity,
    )
    from ..models.game_center_leaderboard_v2_relationships_challenge import (
        GameCenterLeaderboardV2RelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_detail import (
        GameCenterLeaderboardV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_group import (
        GameCenterLeaderboardV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_v2_relationships_versions import (
        GameCenterLeaderboardV2RelationshipsVersions,
    )


T = TypeVar("T", bound="GameCenterLeaderboardV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardV2RelationshipsActivity, \
        GameCenterLeaderboardV2RelationshipsChallenge, \
        GameCenterLeaderboardV2RelationshipsGameCenterDetail, \
        GameCenterLeaderboardV2RelationshipsGameCenterGroup, \
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets, \
        GameCenterLeaderboardV2RelationshipsVersions
    from ..models.game_center_leaderboard_v2_relationships_activity import (
        GameCenterLeaderboardV2RelationshipsActivity,
    )
    from ..models.game_center_leaderboard_v2_relationships_challenge import (
        GameCenterLeaderboardV2RelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_detail import (
        GameCenterLeaderboardV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_group import (
        GameCenterLeaderboardV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_v2_relationships_versions import (
        GameCenterLeaderboardV2RelationshipsVersions,
    )

    _LAZY_IMPORTS_DONE = True


def _read_activity(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_activity = d.pop("activity", None)
    if _raw_activity is None:
        activity = None
    else:
        activity = GameCenterLeaderboardV2RelationshipsActivity.from_dict(_raw_activity)

    return activity


def _read_challenge(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_challenge = d.pop("challenge", None)
    if _raw_challenge is None:
        challenge = None
    else:
        challenge = GameCenterLeaderboardV2RelationshipsChallenge.from_dict(_raw_challenge)

    return challenge


def _read_game_center_detail(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = d.pop("gameCenterDetail", None)
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterLeaderboardV2RelationshipsGameCenterDetail.from_dict(
            _raw_game_center_detail
        )

    return game_center_detail


def _read_game_center_group(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_group = d.pop("gameCenterGroup", None)
    if _raw_game_center_group is None:
        game_center_group = None
    else:
        game_center_group = GameCenterLeaderboardV2RelationshipsGameCenterGroup.from_dict(
            _raw_game_center_group
        )

    return game_center_group


def _read_game_center_leaderboard_sets(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_leaderboard_sets = d.pop("gameCenterLeaderboardSets", None)
    if _raw_game_center_leaderboard_sets is None:
        game_center_leaderboard_sets = None
    else:
        game_center_leaderboard_sets = (
            GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets.from_dict(
                _raw_game_center_leaderboard_sets
            )
        )

    return game_center_leaderboard_sets


def _read_versions(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = d.pop("versions", None)
    if _raw_versions is None:
        versions = None
    else:
        versions = GameCenterLeaderboardV2RelationshipsVersions.from_dict(_raw_versions)

    return versions


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "activity",
        "challenge",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "versions",
    }
)
_READERS: dict[str, Any] = {
    "activity": _read_activity,
    "challenge": _read_challenge,
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "game_center_leaderboard_sets": _read_game_center_leaderboard_sets,
    "versions": _read_versions,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class GameCenterLeaderboardV2Relationships:
    """
    Attributes:
        activity (GameCenterLeaderboardV2RelationshipsActivity | Unset):
        challenge (GameCenterLeaderboardV2RelationshipsChallenge | Unset):
        game_center_detail (GameCenterLeaderboardV2RelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardV2RelationshipsGameCenterGroup | Unset):
        game_center_leaderboard_sets (GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | Unset):
        versions (GameCenterLeaderboardV2RelationshipsVersions | Unset):
    """

    activity: GameCenterLeaderboardV2RelationshipsActivity | None = None
    challenge: GameCenterLeaderboardV2RelationshipsChallenge | None = None
    game_center_detail: GameCenterLeaderboardV2RelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardV2RelationshipsGameCenterGroup | None = None
    game_center_leaderboard_sets: GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | None = None
    versions: GameCenterLeaderboardV2RelationshipsVersions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

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

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

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
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        game_center_leaderboard_v2_relationships = cls.__new__(cls)
        game_center_leaderboard_v2_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return game_center_leaderboard_v2_relationships

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

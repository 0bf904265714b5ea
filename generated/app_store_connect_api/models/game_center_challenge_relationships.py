from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.game_center_challenge_relationships_game_center_detail import (
        GameCenterChallengeRelationshipsGameCenterDetail,
    )
    from ..models.game_center_challenge_relationships_game_center_group import (
        GameCenterChallengeRelationshipsGameCenterGroup,
    )
    from ..models.game_center_challenge_relationships_leaderboard import (
        GameCenterChallengeRelationshipsLeaderboard,
    )
    from ..models.game_center_challenge_relationships_leaderboard_v2 import (
        GameCenterChallengeRelationshipsLeaderboardV2,
    )
    from ..models.game_center_challenge_relationships_versions import GameCenterChallengeRelationshipsVersions


T = TypeVar("T", bound="GameCenterChallengeRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterDetail",
        "gameCenterGroup",
        "leaderboard",
        "leaderboardV2",
        "versions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterChallengeRelationshipsGameCenterDetail, \
        GameCenterChallengeRelationshipsGameCenterGroup, \
        GameCenterChallengeRelationshipsLeaderboard, \
        GameCenterChallengeRelationshipsLeaderboardV2, \
        GameCenterChallengeRelationshipsVersions
    from ..models.game_center_challenge_relationships_game_center_detail import (
        GameCenterChallengeRelationshipsGameCenterDetail,
    )
    from ..models.game_center_challenge_relationships_game_center_group import (
        GameCenterChallengeRelationshipsGameCenterGroup,
    )
    from ..models.game_center_challenge_relationships_leaderboard import (
        GameCenterChallengeRelationshipsLeaderboard,
    )
    from ..models.game_center_challenge_relationships_leaderboard_v2 import (
        GameCenterChallengeRelationshipsLeaderboardV2,
    )
    from ..models.game_center_challenge_relationships_versions import GameCenterChallengeRelationshipsVersions

    _LAZY_IMPORTS_DONE = True


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = GameCenterChallengeRelationshipsGameCenterDetail.from_dict(
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
        game_center_group = GameCenterChallengeRelationshipsGameCenterGroup.from_dict(_raw_game_center_group)

    return game_center_group


def _read_leaderboard(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboard = src_dict.get("leaderboard")
    if _raw_leaderboard is None:
        leaderboard = None
    else:
        leaderboard = GameCenterChallengeRelationshipsLeaderboard.from_dict(_raw_leaderboard)

    return leaderboard


def _read_leaderboard_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_leaderboard_v2 = src_dict.get("leaderboardV2")
    if _raw_leaderboard_v2 is None:
        leaderboard_v2 = None
    else:
        leaderboard_v2 = GameCenterChallengeRelationshipsLeaderboardV2.from_dict(_raw_leaderboard_v2)

    return leaderboard_v2


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = GameCenterChallengeRelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "game_center_detail": _read_game_center_detail,
    "game_center_group": _read_game_center_group,
    "leaderboard": _read_leaderboard,
    "leaderboard_v2": _read_leaderboard_v2,
    "versions": _read_versions,
}


@_attrs_define(repr=False)
class GameCenterChallengeRelationships:
    """
    Attributes:
        game_center_detail (GameCenterChallengeRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterChallengeRelationshipsGameCenterGroup | Unset):
        leaderboard (GameCenterChallengeRelationshipsLeaderboard | Unset):
        leaderboard_v2 (GameCenterChallengeRelationshipsLeaderboardV2 | Unset):
        versions (GameCenterChallengeRelationshipsVersions | Unset):
    """

    game_center_detail: GameCenterChallengeRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterChallengeRelationshipsGameCenterGroup | None = None
    leaderboard: GameCenterChallengeRelationshipsLeaderboard | None = None
    leaderboard_v2: GameCenterChallengeRelationshipsLeaderboardV2 | None = None
    versions: GameCenterChallengeRelationshipsVersions | None = None
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

        leaderboard: Any = None
        if self.leaderboard is not None:
            leaderboard = self.leaderboard.to_dict()

        leaderboard_v2: Any = None
        if self.leaderboard_v2 is not None:
            leaderboard_v2 = self.leaderboard_v2.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if leaderboard is not None:
            field_dict["leaderboard"] = leaderboard
        if leaderboard_v2 is not None:
            field_dict["leaderboardV2"] = leaderboard_v2
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # game_center_detail, game_center_group, leaderboard, leaderboard_v2, versions: read on first access
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

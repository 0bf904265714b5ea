from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_version_v2_relationships_leaderboard import (
        GameCenterLeaderboardVersionV2RelationshipsLeaderboard,
    )
    from ..models.game_center_leaderboard_version_v2_relationships_localizations import (
        GameCenterLeaderboardVersionV2RelationshipsLocalizations,
    )


T = TypeVar("T", bound="GameCenterLeaderboardVersionV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardVersionV2RelationshipsLeaderboard, \
        GameCenterLeaderboardVersionV2RelationshipsLocalizations
    from ..models.game_center_leaderboard_version_v2_relationships_leaderboard import (
        GameCenterLeaderboardVersionV2RelationshipsLeaderboard,
    )
    from ..models.game_center_leaderboard_version_v2_relationships_localizations import (
        GameCenterLeaderboardVersionV2RelationshipsLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardVersionV2Relationships:
    """
    Attributes:
        leaderboard (GameCenterLeaderboardVersionV2RelationshipsLeaderboard | Unset):
        localizations (GameCenterLeaderboardVersionV2RelationshipsLocalizations | Unset):
    """

    leaderboard: GameCenterLeaderboardVersionV2RelationshipsLeaderboard | None = None
    localizations: GameCenterLeaderboardVersionV2RelationshipsLocalizations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        leaderboard: Any = None
        if self.leaderboard is not None:
            leaderboard = UNSET
            if not isinstance(self.leaderboard, Unset):
                leaderboard = self.leaderboard.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if leaderboard is not None:
            field_dict["leaderboard"] = leaderboard
        if localizations is not None:
            field_dict["localizations"] = localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_leaderboard = d.pop("leaderboard", None)
        if _raw_leaderboard is None:
            leaderboard = None
        else:
            _leaderboard = _raw_leaderboard
            leaderboard: GameCenterLeaderboardVersionV2RelationshipsLeaderboard | Unset
            if isinstance(_leaderboard, Unset):
                leaderboard = UNSET
            else:
                leaderboard = GameCenterLeaderboardVersionV2RelationshipsLeaderboard.from_dict(_leaderboard)

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterLeaderboardVersionV2RelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterLeaderboardVersionV2RelationshipsLocalizations.from_dict(
                    _localizations
                )

        game_center_leaderboard_version_v2_relationships = cls(
            leaderboard=leaderboard,
            localizations=localizations,
        )
        game_center_leaderboard_version_v2_relationships.additional_properties = d
        return game_center_leaderboard_version_v2_relationships

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

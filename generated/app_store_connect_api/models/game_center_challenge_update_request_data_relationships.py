from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_challenge_update_request_data_relationships_leaderboard import (
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard,
    )
    from ..models.game_center_challenge_update_request_data_relationships_leaderboard_v2 import (
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2,
    )


T = TypeVar("T", bound="GameCenterChallengeUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "leaderboard",
        "leaderboardV2",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard, \
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2
    from ..models.game_center_challenge_update_request_data_relationships_leaderboard import (
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard,
    )
    from ..models.game_center_challenge_update_request_data_relationships_leaderboard_v2 import (
        GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterChallengeUpdateRequestDataRelationships:
    """
    Attributes:
        leaderboard (GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard | Unset):
        leaderboard_v2 (GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2 | Unset):
    """

    leaderboard: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard | Unset | None = UNSET
    leaderboard_v2: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        leaderboard: dict[str, Any] | Unset | None
        if self.leaderboard is None:
            leaderboard = None
        else:
            leaderboard = UNSET
            if not isinstance(self.leaderboard, Unset):
                leaderboard = self.leaderboard.to_dict()

        leaderboard_v2: dict[str, Any] | Unset | None
        if self.leaderboard_v2 is None:
            leaderboard_v2 = None
        else:
            leaderboard_v2 = UNSET
            if not isinstance(self.leaderboard_v2, Unset):
                leaderboard_v2 = self.leaderboard_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if leaderboard is not UNSET:
            field_dict["leaderboard"] = leaderboard
        if leaderboard_v2 is not UNSET:
            field_dict["leaderboardV2"] = leaderboard_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_leaderboard = src_dict.get("leaderboard", UNSET)
        if _raw_leaderboard is None:
            leaderboard = None
        else:
            _leaderboard = _raw_leaderboard
            leaderboard: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard | Unset
            if isinstance(_leaderboard, Unset):
                leaderboard = UNSET
            else:
                leaderboard = GameCenterChallengeUpdateRequestDataRelationshipsLeaderboard.from_dict(
                    _leaderboard
                )

        _raw_leaderboard_v2 = src_dict.get("leaderboardV2", UNSET)
        if _raw_leaderboard_v2 is None:
            leaderboard_v2 = None
        else:
            _leaderboard_v2 = _raw_leaderboard_v2
            leaderboard_v2: GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2 | Unset
            if isinstance(_leaderboard_v2, Unset):
                leaderboard_v2 = UNSET
            else:
                leaderboard_v2 = GameCenterChallengeUpdateRequestDataRelationshipsLeaderboardV2.from_dict(
                    _leaderboard_v2
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.leaderboard = leaderboard
        _model.leaderboard_v2 = leaderboard_v2
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

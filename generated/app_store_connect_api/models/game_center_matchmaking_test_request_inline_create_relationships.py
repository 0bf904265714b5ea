from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_matchmaking_test_request_inline_create_relationships_matchmaking_player_properties import (
        GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties,
    )


T = TypeVar("T", bound="GameCenterMatchmakingTestRequestInlineCreateRelationships")
_KNOWN_KEYS = frozenset(
    {
        "matchmakingPlayerProperties",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties
    from ..models.game_center_matchmaking_test_request_inline_create_relationships_matchmaking_player_properties import (
        GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterMatchmakingTestRequestInlineCreateRelationships:
    """
    Attributes:
        matchmaking_player_properties
            (GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties | Unset):
    """

    matchmaking_player_properties: (
        GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        matchmaking_player_properties: dict[str, Any] | Unset | None
        if self.matchmaking_player_properties is None:
            matchmaking_player_properties = None
        else:
            matchmaking_player_properties = UNSET
            if not isinstance(self.matchmaking_player_properties, Unset):
                matchmaking_player_properties = self.matchmaking_player_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if matchmaking_player_properties is not UNSET:
            field_dict["matchmakingPlayerProperties"] = matchmaking_player_properties
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_matchmaking_player_properties = src_dict.get("matchmakingPlayerProperties", UNSET)
        if _raw_matchmaking_player_properties is None:
            matchmaking_player_properties = None
        else:
            _matchmaking_player_properties = _raw_matchmaking_player_properties
            matchmaking_player_properties: (
                GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties | Unset
            )
            if isinstance(_matchmaking_player_properties, Unset):
                matchmaking_player_properties = UNSET
            else:
                matchmaking_player_properties = GameCenterMatchmakingTestRequestInlineCreateRelationshipsMatchmakingPlayerProperties.from_dict(
                    _matchmaking_player_properties
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.matchmaking_player_properties = matchmaking_player_properties
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

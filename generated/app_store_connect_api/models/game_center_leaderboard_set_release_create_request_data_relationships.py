from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_release_create_request_data_relationships_game_center_detail import (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_release_create_request_data_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetReleaseCreateRequestDataRelationships")
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
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet
    from ..models.game_center_leaderboard_set_release_create_request_data_relationships_game_center_detail import (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_release_create_request_data_relationships_game_center_leaderboard_set import (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardSetReleaseCreateRequestDataRelationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail):
        game_center_leaderboard_set
            (GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet):
    """

    game_center_detail: GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail
    game_center_leaderboard_set: (
        GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        game_center_detail = self.game_center_detail.to_dict()

        game_center_leaderboard_set = self.game_center_leaderboard_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["gameCenterDetail"] = game_center_detail
        field_dict["gameCenterLeaderboardSet"] = game_center_leaderboard_set
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        game_center_detail = (
            GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterDetail.from_dict(
                src_dict["gameCenterDetail"]
            )
        )

        game_center_leaderboard_set = (
            GameCenterLeaderboardSetReleaseCreateRequestDataRelationshipsGameCenterLeaderboardSet.from_dict(
                src_dict["gameCenterLeaderboardSet"]
            )
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.game_center_detail = game_center_detail
        _model.game_center_leaderboard_set = game_center_leaderboard_set
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

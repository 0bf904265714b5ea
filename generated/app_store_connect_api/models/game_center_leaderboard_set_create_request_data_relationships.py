from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_detail import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_group import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup, \
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_detail import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_group import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_create_request_data_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardSetCreateRequestDataRelationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup | Unset):
        game_center_leaderboards (GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards | Unset):
    """

    game_center_detail: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail | Unset | None
    ) = UNSET
    game_center_group: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup | Unset | None
    ) = UNSET
    game_center_leaderboards: (
        GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        game_center_detail: dict[str, Any] | Unset | None
        if self.game_center_detail is None:
            game_center_detail = None
        else:
            game_center_detail = UNSET
            if not isinstance(self.game_center_detail, Unset):
                game_center_detail = self.game_center_detail.to_dict()

        game_center_group: dict[str, Any] | Unset | None
        if self.game_center_group is None:
            game_center_group = None
        else:
            game_center_group = UNSET
            if not isinstance(self.game_center_group, Unset):
                game_center_group = self.game_center_group.to_dict()

        game_center_leaderboards: dict[str, Any] | Unset | None
        if self.game_center_leaderboards is None:
            game_center_leaderboards = None
        else:
            game_center_leaderboards = UNSET
            if not isinstance(self.game_center_leaderboards, Unset):
                game_center_leaderboards = self.game_center_leaderboards.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not UNSET:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not UNSET:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboards is not UNSET:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_game_center_detail = src_dict.get("gameCenterDetail", UNSET)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = (
                    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterDetail.from_dict(
                        _game_center_detail
                    )
                )

        _raw_game_center_group = src_dict.get("gameCenterGroup", UNSET)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = (
                    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterGroup.from_dict(
                        _game_center_group
                    )
                )

        _raw_game_center_leaderboards = src_dict.get("gameCenterLeaderboards", UNSET)
        if _raw_game_center_leaderboards is None:
            game_center_leaderboards = None
        else:
            _game_center_leaderboards = _raw_game_center_leaderboards
            game_center_leaderboards: (
                GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards | Unset
            )
            if isinstance(_game_center_leaderboards, Unset):
                game_center_leaderboards = UNSET
            else:
                game_center_leaderboards = (
                    GameCenterLeaderboardSetCreateRequestDataRelationshipsGameCenterLeaderboards.from_dict(
                        _game_center_leaderboards
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.game_center_detail = game_center_detail
        _model.game_center_group = game_center_group
        _model.game_center_leaderboards = game_center_leaderboards
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

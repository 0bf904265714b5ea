from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_detail_update_request_data_relationships_default_group_leaderboard import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_group_leaderboard_v2 import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_leaderboard import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_leaderboard_v2 import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2,
    )
    from ..models.game_center_detail_update_request_data_relationships_game_center_group import (
        GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup,
    )


T = TypeVar("T", bound="GameCenterDetailUpdateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "gameCenterGroup",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard, \
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2, \
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard, \
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2, \
        GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup
    from ..models.game_center_detail_update_request_data_relationships_default_group_leaderboard import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_group_leaderboard_v2 import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_leaderboard import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard,
    )
    from ..models.game_center_detail_update_request_data_relationships_default_leaderboard_v2 import (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2,
    )
    from ..models.game_center_detail_update_request_data_relationships_game_center_group import (
        GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterDetailUpdateRequestDataRelationships:
    """
    Attributes:
        default_group_leaderboard (GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard | Unset):
        default_group_leaderboard_v2 (GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2 | Unset):
        default_leaderboard (GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard | Unset):
        default_leaderboard_v2 (GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 | Unset):
        game_center_group (GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup | Unset):
    """

    default_group_leaderboard: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard | Unset | None
    ) = UNSET
    default_group_leaderboard_v2: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2 | Unset | None
    ) = UNSET
    default_leaderboard: GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard | Unset | None = (
        UNSET
    )
    default_leaderboard_v2: (
        GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 | Unset | None
    ) = UNSET
    game_center_group: GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_group_leaderboard: dict[str, Any] | Unset | None
        if self.default_group_leaderboard is None:
            default_group_leaderboard = None
        else:
            default_group_leaderboard = UNSET
            if not isinstance(self.default_group_leaderboard, Unset):
                default_group_leaderboard = self.default_group_leaderboard.to_dict()

        default_group_leaderboard_v2: dict[str, Any] | Unset | None
        if self.default_group_leaderboard_v2 is None:
            default_group_leaderboard_v2 = None
        else:
            default_group_leaderboard_v2 = UNSET
            if not isinstance(self.default_group_leaderboard_v2, Unset):
                default_group_leaderboard_v2 = self.default_group_leaderboard_v2.to_dict()

        default_leaderboard: dict[str, Any] | Unset | None
        if self.default_leaderboard is None:
            default_leaderboard = None
        else:
            default_leaderboard = UNSET
            if not isinstance(self.default_leaderboard, Unset):
                default_leaderboard = self.default_leaderboard.to_dict()

        default_leaderboard_v2: dict[str, Any] | Unset | None
        if self.default_leaderboard_v2 is None:
            default_leaderboard_v2 = None
        else:
            default_leaderboard_v2 = UNSET
            if not isinstance(self.default_leaderboard_v2, Unset):
                default_leaderboard_v2 = self.default_leaderboard_v2.to_dict()

        game_center_group: dict[str, Any] | Unset | None
        if self.game_center_group is None:
            game_center_group = None
        else:
            game_center_group = UNSET
            if not isinstance(self.game_center_group, Unset):
                game_center_group = self.game_center_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_group_leaderboard is not UNSET:
            field_dict["defaultGroupLeaderboard"] = default_group_leaderboard
        if default_group_leaderboard_v2 is not UNSET:
            field_dict["defaultGroupLeaderboardV2"] = default_group_leaderboard_v2
        if default_leaderboard is not UNSET:
            field_dict["defaultLeaderboard"] = default_leaderboard
        if default_leaderboard_v2 is not UNSET:
            field_dict["defaultLeaderboardV2"] = default_leaderboard_v2
        if game_center_group is not UNSET:
            field_dict["gameCenterGroup"] = game_center_group
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_default_group_leaderboard = src_dict.get("defaultGroupLeaderboard", UNSET)
        if _raw_default_group_leaderboard is None:
            default_group_leaderboard = None
        else:
            _default_group_leaderboard = _raw_default_group_leaderboard
            default_group_leaderboard: (
                GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard | Unset
            )
            if isinstance(_default_group_leaderboard, Unset):
                default_group_leaderboard = UNSET
            else:
                default_group_leaderboard = (
                    GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboard.from_dict(
                        _default_group_leaderboard
                    )
                )

        _raw_default_group_leaderboard_v2 = src_dict.get("defaultGroupLeaderboardV2", UNSET)
        if _raw_default_group_leaderboard_v2 is None:
            default_group_leaderboard_v2 = None
        else:
            _default_group_leaderboard_v2 = _raw_default_group_leaderboard_v2
            default_group_leaderboard_v2: (
                GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2 | Unset
            )
            if isinstance(_default_group_leaderboard_v2, Unset):
                default_group_leaderboard_v2 = UNSET
            else:
                default_group_leaderboard_v2 = (
                    GameCenterDetailUpdateRequestDataRelationshipsDefaultGroupLeaderboardV2.from_dict(
                        _default_group_leaderboard_v2
                    )
                )

        _raw_default_leaderboard = src_dict.get("defaultLeaderboard", UNSET)
        if _raw_default_leaderboard is None:
            default_leaderboard = None
        else:
            _default_leaderboard = _raw_default_leaderboard
            default_leaderboard: GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard | Unset
            if isinstance(_default_leaderboard, Unset):
                default_leaderboard = UNSET
            else:
                default_leaderboard = (
                    GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboard.from_dict(
                        _default_leaderboard
                    )
                )

        _raw_default_leaderboard_v2 = src_dict.get("defaultLeaderboardV2", UNSET)
        if _raw_default_leaderboard_v2 is None:
            default_leaderboard_v2 = None
        else:
            _default_leaderboard_v2 = _raw_default_leaderboard_v2
            default_leaderboard_v2: GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2 | Unset
            if isinstance(_default_leaderboard_v2, Unset):
                default_leaderboard_v2 = UNSET
            else:
                default_leaderboard_v2 = (
                    GameCenterDetailUpdateRequestDataRelationshipsDefaultLeaderboardV2.from_dict(
                        _default_leaderboard_v2
                    )
                )

        _raw_game_center_group = src_dict.get("gameCenterGroup", UNSET)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterDetailUpdateRequestDataRelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.default_group_leaderboard = default_group_leaderboard
        _model.default_group_leaderboard_v2 = default_group_leaderboard_v2
        _model.default_leaderboard = default_leaderboard
        _model.default_leaderboard_v2 = default_leaderboard_v2
        _model.game_center_group = game_center_group
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

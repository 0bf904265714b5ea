from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_achievement_create_request_data_attributes import (
        GameCenterAchievementCreateRequestDataAttributes,
    )
    from ..models.game_center_achievement_create_request_data_relationships import (
        GameCenterAchievementCreateRequestDataRelationships,
    )


T = TypeVar("T", bound="GameCenterAchievementCreateRequestData")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAchievementCreateRequestDataAttributes, \
        GameCenterAchievementCreateRequestDataRelationships
    from ..models.game_center_achievement_create_request_data_attributes import (
        GameCenterAchievementCreateRequestDataAttributes,
    )
    from ..models.game_center_achievement_create_request_data_relationships import (
        GameCenterAchievementCreateRequestDataRelationships,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterAchievementCreateRequestData:
    """
    Attributes:
        attributes (GameCenterAchievementCreateRequestDataAttributes):
        type_ (Literal['gameCenterAchievements']):
        relationships (GameCenterAchievementCreateRequestDataRelationships | Unset):
    """

    attributes: GameCenterAchievementCreateRequestDataAttributes
    type_: Literal["gameCenterAchievements"]
    relationships: GameCenterAchievementCreateRequestDataRelationships | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        attributes = self.attributes.to_dict()

        type_ = self.type_

        relationships: dict[str, Any] | Unset | None
        if self.relationships is None:
            relationships = None
        else:
            relationships = UNSET
            if not isinstance(self.relationships, Unset):
                relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["attributes"] = attributes
        field_dict["type"] = type_
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        attributes = GameCenterAchievementCreateRequestDataAttributes.from_dict(d.pop("attributes"))

        type_ = cast("Literal['gameCenterAchievements']", d.pop("type"))
        if type_ != "gameCenterAchievements":
            raise ValueError(f"type must match const 'gameCenterAchievements', got '{type_}'")

        _raw_relationships = d.pop("relationships", UNSET)
        if _raw_relationships is None:
            relationships = None
        else:
            _relationships = _raw_relationships
            relationships: GameCenterAchievementCreateRequestDataRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = GameCenterAchievementCreateRequestDataRelationships.from_dict(_relationships)

        game_center_achievement_create_request_data = cls(
            attributes=attributes,
            type_=type_,
            relationships=relationships,
        )
        game_center_achievement_create_request_data.additional_properties = d
        return game_center_achievement_create_request_data

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

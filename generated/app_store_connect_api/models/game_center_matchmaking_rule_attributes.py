from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_matchmaking_rule_attributes_type import GameCenterMatchmakingRuleAttributesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GameCenterMatchmakingRuleAttributes")


@_attrs_define
class GameCenterMatchmakingRuleAttributes:
    """
    Attributes:
        description (str | Unset):
        expression (str | Unset):
        reference_name (str | Unset):
        type_ (GameCenterMatchmakingRuleAttributesType | Unset):
        weight (float | Unset):
    """

    description: str | Unset | None = UNSET
    expression: str | Unset | None = UNSET
    reference_name: str | Unset | None = UNSET
    type_: GameCenterMatchmakingRuleAttributesType | Unset | None = UNSET
    weight: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expression = self.expression

        reference_name = self.reference_name

        type_: str | Unset | None
        if self.type_ is None:
            type_ = None
        else:
            type_ = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if expression is not UNSET:
            field_dict["expression"] = expression
        if reference_name is not UNSET:
            field_dict["referenceName"] = reference_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if weight is not UNSET:
            field_dict["weight"] = weight
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        expression = d.pop("expression", UNSET)

        reference_name = d.pop("referenceName", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        if _raw_type_ is None:
            type_ = None
        else:
            _type_ = _raw_type_
            type_: GameCenterMatchmakingRuleAttributesType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = GameCenterMatchmakingRuleAttributesType(_type_)

        weight = d.pop("weight", UNSET)

        game_center_matchmaking_rule_attributes = cls(
            description=description,
            expression=expression,
            reference_name=reference_name,
            type_=type_,
            weight=weight,
        )
        game_center_matchmaking_rule_attributes.additional_properties = d
        return game_center_matchmaking_rule_attributes

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

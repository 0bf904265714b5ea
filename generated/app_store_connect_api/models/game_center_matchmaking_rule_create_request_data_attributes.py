from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_matchmaking_rule_create_request_data_attributes_type import (
    GameCenterMatchmakingRuleCreateRequestDataAttributesType,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingRuleCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "expression",
        "referenceName",
        "type",
        "weight",
    }
)


@_attrs_define(repr=False)
class GameCenterMatchmakingRuleCreateRequestDataAttributes:
    """
    Attributes:
        description (str):
        expression (str):
        reference_name (str):
        type_ (GameCenterMatchmakingRuleCreateRequestDataAttributesType):
        weight (float | None | Unset):
    """

    description: str
    expression: str
    reference_name: str
    type_: GameCenterMatchmakingRuleCreateRequestDataAttributesType
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expression = self.expression

        reference_name = self.reference_name

        type_ = self.type_.value

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["description"] = description
        field_dict["expression"] = expression
        field_dict["referenceName"] = reference_name
        field_dict["type"] = type_
        if weight is not UNSET:
            field_dict["weight"] = weight
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict["description"]

        expression = src_dict["expression"]

        reference_name = src_dict["referenceName"]

        type_ = GameCenterMatchmakingRuleCreateRequestDataAttributesType.of(src_dict["type"])

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(src_dict.get("weight", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.expression = expression
        _model.reference_name = reference_name
        _model.type_ = type_
        _model.weight = weight
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_matchmaking_rule_attributes_type import GameCenterMatchmakingRuleAttributesType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterMatchmakingRuleAttributes")
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
class GameCenterMatchmakingRuleAttributes:
    """
    Attributes:
        description (str | Unset):
        expression (str | Unset):
        reference_name (str | Unset):
        type_ (GameCenterMatchmakingRuleAttributesType | Unset):
        weight (float | Unset):
    """

    description: str | None = None
    expression: str | None = None
    reference_name: str | None = None
    type_: GameCenterMatchmakingRuleAttributesType | None = None
    weight: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        expression = self.expression

        reference_name = self.reference_name

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_.value

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not None:
            field_dict["description"] = description
        if expression is not None:
            field_dict["expression"] = expression
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if type_ is not None:
            field_dict["type"] = type_
        if weight is not None:
            field_dict["weight"] = weight
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict.get("description")

        expression = src_dict.get("expression")

        reference_name = src_dict.get("referenceName")

        _raw_type_ = src_dict.get("type")
        if _raw_type_ is None:
            type_ = None
        else:
            type_ = GameCenterMatchmakingRuleAttributesType.of(_raw_type_)

        weight = src_dict.get("weight")

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

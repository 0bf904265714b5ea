from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_clip_advanced_experience_attributes_place_phone_number_type import (
    AppClipAdvancedExperienceAttributesPlacePhoneNumberType,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppClipAdvancedExperienceAttributesPlacePhoneNumber")
_KNOWN_KEYS = frozenset(
    {
        "intent",
        "number",
        "type",
    }
)


@_attrs_define(repr=False)
class AppClipAdvancedExperienceAttributesPlacePhoneNumber:
    """
    Attributes:
        intent (str | Unset):
        number (str | Unset):
        type_ (AppClipAdvancedExperienceAttributesPlacePhoneNumberType | Unset):
    """

    intent: str | None = None
    number: str | None = None
    type_: AppClipAdvancedExperienceAttributesPlacePhoneNumberType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent

        number = self.number

        type_: Any = None
        if self.type_ is not None:
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if intent is not None:
            field_dict["intent"] = intent
        if number is not None:
            field_dict["number"] = number
        if type_ is not None:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        intent = src_dict.get("intent")

        number = src_dict.get("number")

        _raw_type_ = src_dict.get("type")
        if _raw_type_ is None:
            type_ = None
        else:
            type_ = AppClipAdvancedExperienceAttributesPlacePhoneNumberType.of(_raw_type_)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.intent = intent
        _model.number = number
        _model.type_ = type_
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_main_address_structured_address import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress,
    )


T = TypeVar("T", bound="AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress")
_KNOWN_KEYS = frozenset(
    {
        "fullAddress",
        "structuredAddress",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress
    from ..models.app_clip_advanced_experience_update_request_data_attributes_place_type_0_main_address_structured_address import (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddress:
    """
    Attributes:
        full_address (str | Unset):
        structured_address (AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress |
            Unset):
    """

    full_address: str | Unset | None = UNSET
    structured_address: (
        AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        full_address = self.full_address

        structured_address: dict[str, Any] | Unset | None
        if self.structured_address is None:
            structured_address = None
        else:
            structured_address = UNSET
            if not isinstance(self.structured_address, Unset):
                structured_address = self.structured_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if full_address is not UNSET:
            field_dict["fullAddress"] = full_address
        if structured_address is not UNSET:
            field_dict["structuredAddress"] = structured_address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        full_address = src_dict.get("fullAddress", UNSET)

        _raw_structured_address = src_dict.get("structuredAddress", UNSET)
        if _raw_structured_address is None:
            structured_address = None
        else:
            _structured_address = _raw_structured_address
            structured_address: (
                AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress
                | Unset
            )
            if isinstance(_structured_address, Unset):
                structured_address = UNSET
            else:
                structured_address = AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0MainAddressStructuredAddress.from_dict(
                    _structured_address
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.full_address = full_address
        _model.structured_address = structured_address
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress")
_KNOWN_KEYS = frozenset(
    {
        "countryCode",
        "floor",
        "locality",
        "neighborhood",
        "postalCode",
        "stateProvince",
        "streetAddress",
    }
)


@_attrs_define(repr=False)
class AppClipAdvancedExperienceAttributesPlaceMainAddressStructuredAddress:
    """
    Attributes:
        country_code (str | Unset):
        floor (str | Unset):
        locality (str | Unset):
        neighborhood (str | Unset):
        postal_code (str | Unset):
        state_province (str | Unset):
        street_address (list[str] | Unset):
    """

    country_code: str | None = None
    floor: str | None = None
    locality: str | None = None
    neighborhood: str | None = None
    postal_code: str | None = None
    state_province: str | None = None
    street_address: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        floor = self.floor

        locality = self.locality

        neighborhood = self.neighborhood

        postal_code = self.postal_code

        state_province = self.state_province

        street_address: Any = None
        if self.street_address is not None:
            street_address = self.street_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if country_code is not None:
            field_dict["countryCode"] = country_code
        if floor is not None:
            field_dict["floor"] = floor
        if locality is not None:
            field_dict["locality"] = locality
        if neighborhood is not None:
            field_dict["neighborhood"] = neighborhood
        if postal_code is not None:
            field_dict["postalCode"] = postal_code
        if state_province is not None:
            field_dict["stateProvince"] = state_province
        if street_address is not None:
            field_dict["streetAddress"] = street_address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        country_code = src_dict.get("countryCode")

        floor = src_dict.get("floor")

        locality = src_dict.get("locality")

        neighborhood = src_dict.get("neighborhood")

        postal_code = src_dict.get("postalCode")

        state_province = src_dict.get("stateProvince")

        _raw_street_address = src_dict.get("streetAddress")
        if _raw_street_address is None:
            street_address = None
        else:
            street_address = cast(list[str], _raw_street_address)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.country_code = country_code
        _model.floor = floor
        _model.locality = locality
        _model.neighborhood = neighborhood
        _model.postal_code = postal_code
        _model.state_province = state_province
        _model.street_address = street_address
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEventLocalizationAttributes")


@_attrs_define
class AppEventLocalizationAttributes:
    """
    Attributes:
        locale (str | Unset):
        long_description (str | Unset):
        name (str | Unset):
        short_description (str | Unset):
    """

    locale: str | Unset | None = UNSET
    long_description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    short_description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        long_description = self.long_description

        name = self.name

        short_description = self.short_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if locale is not UNSET:
            field_dict["locale"] = locale
        if long_description is not UNSET:
            field_dict["longDescription"] = long_description
        if name is not UNSET:
            field_dict["name"] = name
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("locale", UNSET)

        long_description = d.pop("longDescription", UNSET)

        name = d.pop("name", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        app_event_localization_attributes = cls(
            locale=locale,
            long_description=long_description,
            name=name,
            short_description=short_description,
        )
        app_event_localization_attributes.additional_properties = d
        return app_event_localization_attributes

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

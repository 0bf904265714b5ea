from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SubscriptionGroupLocalizationV2Attributes")


@_attrs_define(repr=False)
class SubscriptionGroupLocalizationV2Attributes:
    """
    Attributes:
        custom_app_name (str | Unset):
        locale (str | Unset):
        name (str | Unset):
    """

    custom_app_name: str | None = None
    locale: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_app_name = self.custom_app_name

        locale = self.locale

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if custom_app_name is not None:
            field_dict["customAppName"] = custom_app_name
        if locale is not None:
            field_dict["locale"] = locale
        if name is not None:
            field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_app_name = d.pop("customAppName", None)

        locale = d.pop("locale", None)

        name = d.pop("name", None)

        subscription_group_localization_v2_attributes = cls(
            custom_app_name=custom_app_name,
            locale=locale,
            name=name,
        )
        subscription_group_localization_v2_attributes.additional_properties = d
        return subscription_group_localization_v2_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_option_key import CapabilityOptionKey
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CapabilityOption")


@_attrs_define(repr=False)
class CapabilityOption:
    """
    Attributes:
        description (str | Unset):
        enabled (bool | Unset):
        enabled_by_default (bool | Unset):
        key (CapabilityOptionKey | Unset):
        name (str | Unset):
        supports_wildcard (bool | Unset):
    """

    description: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    enabled_by_default: bool | Unset | None = UNSET
    key: CapabilityOptionKey | Unset | None = UNSET
    name: str | Unset | None = UNSET
    supports_wildcard: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        enabled = self.enabled

        enabled_by_default = self.enabled_by_default

        key: str | Unset | None
        if self.key is None:
            key = None
        else:
            key = UNSET
            if not isinstance(self.key, Unset):
                key = self.key.value

        name = self.name

        supports_wildcard = self.supports_wildcard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if enabled_by_default is not UNSET:
            field_dict["enabledByDefault"] = enabled_by_default
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if supports_wildcard is not UNSET:
            field_dict["supportsWildcard"] = supports_wildcard
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        enabled_by_default = d.pop("enabledByDefault", UNSET)

        _raw_key = d.pop("key", UNSET)
        if _raw_key is None:
            key = None
        else:
            _key = _raw_key
            key: CapabilityOptionKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = CapabilityOptionKey(_key)

        name = d.pop("name", UNSET)

        supports_wildcard = d.pop("supportsWildcard", UNSET)

        capability_option = cls(
            description=description,
            enabled=enabled,
            enabled_by_default=enabled_by_default,
            key=key,
            name=name,
            supports_wildcard=supports_wildcard,
        )
        capability_option.additional_properties = d
        return capability_option

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

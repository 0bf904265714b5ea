from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_option_key import CapabilityOptionKey
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="CapabilityOption")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "enabled",
        "enabledByDefault",
        "key",
        "name",
        "supportsWildcard",
    }
)


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
        description = src_dict.get("description", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        enabled_by_default = src_dict.get("enabledByDefault", UNSET)

        _raw_key = src_dict.get("key", UNSET)
        if _raw_key is None:
            key = None
        else:
            _key = _raw_key
            key: CapabilityOptionKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = CapabilityOptionKey.of(_key)

        name = src_dict.get("name", UNSET)

        supports_wildcard = src_dict.get("supportsWildcard", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.description = description
        _model.enabled = enabled
        _model.enabled_by_default = enabled_by_default
        _model.key = key
        _model.name = name
        _model.supports_wildcard = supports_wildcard
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_family import DeviceFamily
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="DeviceFamilyOsVersionFilter")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamily",
        "maximumOsInclusive",
        "minimumOsInclusive",
    }
)


@_attrs_define(repr=False)
class DeviceFamilyOsVersionFilter:
    """
    Attributes:
        device_family (DeviceFamily | Unset):
        maximum_os_inclusive (str | Unset):
        minimum_os_inclusive (str | Unset):
    """

    device_family: DeviceFamily | Unset | None = UNSET
    maximum_os_inclusive: str | Unset | None = UNSET
    minimum_os_inclusive: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_family: str | Unset | None
        if self.device_family is None:
            device_family = None
        else:
            device_family = UNSET
            if not isinstance(self.device_family, Unset):
                device_family = self.device_family.value

        maximum_os_inclusive = self.maximum_os_inclusive

        minimum_os_inclusive = self.minimum_os_inclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family is not UNSET:
            field_dict["deviceFamily"] = device_family
        if maximum_os_inclusive is not UNSET:
            field_dict["maximumOsInclusive"] = maximum_os_inclusive
        if minimum_os_inclusive is not UNSET:
            field_dict["minimumOsInclusive"] = minimum_os_inclusive
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_device_family = src_dict.get("deviceFamily", UNSET)
        if _raw_device_family is None:
            device_family = None
        else:
            _device_family = _raw_device_family
            device_family: DeviceFamily | Unset
            if isinstance(_device_family, Unset):
                device_family = UNSET
            else:
                device_family = DeviceFamily.of(_device_family)

        maximum_os_inclusive = src_dict.get("maximumOsInclusive", UNSET)

        minimum_os_inclusive = src_dict.get("minimumOsInclusive", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_family = device_family
        _model.maximum_os_inclusive = maximum_os_inclusive
        _model.minimum_os_inclusive = minimum_os_inclusive
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

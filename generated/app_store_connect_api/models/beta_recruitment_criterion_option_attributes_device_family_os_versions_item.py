from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_family import DeviceFamily
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamily",
        "osVersions",
    }
)


@_attrs_define(repr=False)
class BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem:
    """
    Attributes:
        device_family (DeviceFamily | Unset):
        os_versions (list[str] | Unset):
    """

    device_family: DeviceFamily | None = None
    os_versions: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_family: Any = None
        if self.device_family is not None:
            device_family = self.device_family.value

        os_versions: Any = None
        if self.os_versions is not None:
            os_versions = self.os_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family is not None:
            field_dict["deviceFamily"] = device_family
        if os_versions is not None:
            field_dict["osVersions"] = os_versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_device_family = src_dict.get("deviceFamily")
        if _raw_device_family is None:
            device_family = None
        else:
            device_family = DeviceFamily.of(_raw_device_family)

        _raw_os_versions = src_dict.get("osVersions")
        if _raw_os_versions is None:
            os_versions = None
        else:
            os_versions = cast(list[str], _raw_os_versions)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_family = device_family
        _model.os_versions = os_versions
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

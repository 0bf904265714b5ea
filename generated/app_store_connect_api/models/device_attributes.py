from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..models.device_attributes_device_class import DeviceAttributesDeviceClass
from ..models.device_attributes_status import DeviceAttributesStatus
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="DeviceAttributes")
_KNOWN_KEYS = frozenset(
    {
        "addedDate",
        "deviceClass",
        "model",
        "name",
        "platform",
        "status",
        "udid",
    }
)


@_attrs_define(repr=False)
class DeviceAttributes:
    """
    Attributes:
        added_date (datetime.datetime | Unset):
        device_class (DeviceAttributesDeviceClass | Unset):
        model (str | Unset):
        name (str | Unset):
        platform (BundleIdPlatform | Unset):
        status (DeviceAttributesStatus | Unset):
        udid (str | Unset):
    """

    added_date: datetime.datetime | None = None
    device_class: DeviceAttributesDeviceClass | None = None
    model: str | None = None
    name: str | None = None
    platform: BundleIdPlatform | None = None
    status: DeviceAttributesStatus | None = None
    udid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        added_date: Any = None
        if self.added_date is not None:
            added_date = self.added_date.isoformat()

        device_class: Any = None
        if self.device_class is not None:
            device_class = self.device_class.value

        model = self.model

        name = self.name

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        status: Any = None
        if self.status is not None:
            status = self.status.value

        udid = self.udid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if added_date is not None:
            field_dict["addedDate"] = added_date
        if device_class is not None:
            field_dict["deviceClass"] = device_class
        if model is not None:
            field_dict["model"] = model
        if name is not None:
            field_dict["name"] = name
        if platform is not None:
            field_dict["platform"] = platform
        if status is not None:
            field_dict["status"] = status
        if udid is not None:
            field_dict["udid"] = udid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_added_date = src_dict.get("addedDate")
        if _raw_added_date is None:
            added_date = None
        else:
            added_date = datetime.datetime.fromisoformat(_raw_added_date)

        _raw_device_class = src_dict.get("deviceClass")
        if _raw_device_class is None:
            device_class = None
        else:
            device_class = DeviceAttributesDeviceClass.of(_raw_device_class)

        model = src_dict.get("model")

        name = src_dict.get("name")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = BundleIdPlatform.of(_raw_platform)

        _raw_status = src_dict.get("status")
        if _raw_status is None:
            status = None
        else:
            status = DeviceAttributesStatus.of(_raw_status)

        udid = src_dict.get("udid")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.added_date = added_date
        _model.device_class = device_class
        _model.model = model
        _model.name = name
        _model.platform = platform
        _model.status = status
        _model.udid = udid
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

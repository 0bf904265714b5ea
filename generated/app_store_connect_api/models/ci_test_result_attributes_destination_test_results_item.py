from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_status import CiTestStatus
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CiTestResultAttributesDestinationTestResultsItem")
_KNOWN_KEYS = frozenset(
    {
        "deviceName",
        "duration",
        "osVersion",
        "status",
        "uuid",
    }
)


@_attrs_define(repr=False)
class CiTestResultAttributesDestinationTestResultsItem:
    """
    Attributes:
        device_name (str | Unset):
        duration (float | Unset):
        os_version (str | Unset):
        status (CiTestStatus | Unset):
        uuid (str | Unset):
    """

    device_name: str | None = None
    duration: float | None = None
    os_version: str | None = None
    status: CiTestStatus | None = None
    uuid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_name = self.device_name

        duration = self.duration

        os_version = self.os_version

        status: Any = None
        if self.status is not None:
            status = self.status.value

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_name is not None:
            field_dict["deviceName"] = device_name
        if duration is not None:
            field_dict["duration"] = duration
        if os_version is not None:
            field_dict["osVersion"] = os_version
        if status is not None:
            field_dict["status"] = status
        if uuid is not None:
            field_dict["uuid"] = uuid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        device_name = src_dict.get("deviceName")

        duration = src_dict.get("duration")

        os_version = src_dict.get("osVersion")

        _raw_status = src_dict.get("status")
        if _raw_status is None:
            status = None
        else:
            status = CiTestStatus.of(_raw_status)

        uuid = src_dict.get("uuid")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_name = device_name
        _model.duration = duration
        _model.os_version = os_version
        _model.status = status
        _model.uuid = uuid
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

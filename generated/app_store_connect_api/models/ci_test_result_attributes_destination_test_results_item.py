from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_status import CiTestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CiTestResultAttributesDestinationTestResultsItem")


@_attrs_define
class CiTestResultAttributesDestinationTestResultsItem:
    """
    Attributes:
        device_name (str | Unset):
        duration (float | Unset):
        os_version (str | Unset):
        status (CiTestStatus | Unset):
        uuid (str | Unset):
    """

    device_name: str | Unset | None = UNSET
    duration: float | Unset | None = UNSET
    os_version: str | Unset | None = UNSET
    status: CiTestStatus | Unset | None = UNSET
    uuid: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_name = self.device_name

        duration = self.duration

        os_version = self.os_version

        status: str | Unset | None
        if self.status is None:
            status = None
        else:
            status = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_name is not UNSET:
            field_dict["deviceName"] = device_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if status is not UNSET:
            field_dict["status"] = status
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_name = d.pop("deviceName", UNSET)

        duration = d.pop("duration", UNSET)

        os_version = d.pop("osVersion", UNSET)

        _raw_status = d.pop("status", UNSET)
        if _raw_status is None:
            status = None
        else:
            _status = _raw_status
            status: CiTestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CiTestStatus(_status)

        uuid = d.pop("uuid", UNSET)

        ci_test_result_attributes_destination_test_results_item = cls(
            device_name=device_name,
            duration=duration,
            os_version=os_version,
            status=status,
            uuid=uuid,
        )
        ci_test_result_attributes_destination_test_results_item.additional_properties = d
        return ci_test_result_attributes_destination_test_results_item

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

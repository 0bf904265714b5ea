from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData")
_KNOWN_KEYS = frozenset(
    {
        "appVersion",
        "buildVersion",
        "bundleId",
        "deviceType",
        "event",
        "eventDetail",
        "osVersion",
        "platformArchitecture",
        "writesCaused",
    }
)


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData:
    """
    Attributes:
        app_version (str | Unset):
        build_version (str | Unset):
        bundle_id (str | Unset):
        device_type (str | Unset):
        event (str | Unset):
        event_detail (str | Unset):
        os_version (str | Unset):
        platform_architecture (str | Unset):
        writes_caused (str | Unset):
    """

    app_version: str | None = None
    build_version: str | None = None
    bundle_id: str | None = None
    device_type: str | None = None
    event: str | None = None
    event_detail: str | None = None
    os_version: str | None = None
    platform_architecture: str | None = None
    writes_caused: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        build_version = self.build_version

        bundle_id = self.bundle_id

        device_type = self.device_type

        event = self.event

        event_detail = self.event_detail

        os_version = self.os_version

        platform_architecture = self.platform_architecture

        writes_caused = self.writes_caused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_version is not None:
            field_dict["appVersion"] = app_version
        if build_version is not None:
            field_dict["buildVersion"] = build_version
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if device_type is not None:
            field_dict["deviceType"] = device_type
        if event is not None:
            field_dict["event"] = event
        if event_detail is not None:
            field_dict["eventDetail"] = event_detail
        if os_version is not None:
            field_dict["osVersion"] = os_version
        if platform_architecture is not None:
            field_dict["platformArchitecture"] = platform_architecture
        if writes_caused is not None:
            field_dict["writesCaused"] = writes_caused
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_version = src_dict.get("appVersion")

        build_version = src_dict.get("buildVersion")

        bundle_id = src_dict.get("bundleId")

        device_type = src_dict.get("deviceType")

        event = src_dict.get("event")

        event_detail = src_dict.get("eventDetail")

        os_version = src_dict.get("osVersion")

        platform_architecture = src_dict.get("platformArchitecture")

        writes_caused = src_dict.get("writesCaused")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_version = app_version
        _model.build_version = build_version
        _model.bundle_id = bundle_id
        _model.device_type = device_type
        _model.event = event
        _model.event_detail = event_detail
        _model.os_version = os_version
        _model.platform_architecture = platform_architecture
        _model.writes_caused = writes_caused
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

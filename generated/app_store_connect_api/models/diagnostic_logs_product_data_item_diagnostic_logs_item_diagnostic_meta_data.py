from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticLogsItemDiagnosticMetaData")


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
        d = dict(src_dict)
        app_version = d.pop("appVersion", None)

        build_version = d.pop("buildVersion", None)

        bundle_id = d.pop("bundleId", None)

        device_type = d.pop("deviceType", None)

        event = d.pop("event", None)

        event_detail = d.pop("eventDetail", None)

        os_version = d.pop("osVersion", None)

        platform_architecture = d.pop("platformArchitecture", None)

        writes_caused = d.pop("writesCaused", None)

        diagnostic_logs_product_data_item_diagnostic_logs_item_diagnostic_meta_data = cls(
            app_version=app_version,
            build_version=build_version,
            bundle_id=bundle_id,
            device_type=device_type,
            event=event,
            event_detail=event_detail,
            os_version=os_version,
            platform_architecture=platform_architecture,
            writes_caused=writes_caused,
        )
        diagnostic_logs_product_data_item_diagnostic_logs_item_diagnostic_meta_data.additional_properties = d
        return diagnostic_logs_product_data_item_diagnostic_logs_item_diagnostic_meta_data

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

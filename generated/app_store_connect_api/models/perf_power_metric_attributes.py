from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.perf_power_metric_attributes_metric_type import PerfPowerMetricAttributesMetricType
from ..models.perf_power_metric_attributes_platform import PerfPowerMetricAttributesPlatform
from ..types import model_repr

T = TypeVar("T", bound="PerfPowerMetricAttributes")


@_attrs_define(repr=False)
class PerfPowerMetricAttributes:
    """
    Attributes:
        device_type (str | Unset):
        metric_type (PerfPowerMetricAttributesMetricType | Unset):
        platform (PerfPowerMetricAttributesPlatform | Unset):
    """

    device_type: str | None = None
    metric_type: PerfPowerMetricAttributesMetricType | None = None
    platform: PerfPowerMetricAttributesPlatform | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_type = self.device_type

        metric_type: Any = None
        if self.metric_type is not None:
            metric_type = self.metric_type.value

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_type is not None:
            field_dict["deviceType"] = device_type
        if metric_type is not None:
            field_dict["metricType"] = metric_type
        if platform is not None:
            field_dict["platform"] = platform
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_type = d.pop("deviceType", None)

        _raw_metric_type = d.pop("metricType", None)
        if _raw_metric_type is None:
            metric_type = None
        else:
            metric_type = PerfPowerMetricAttributesMetricType(_raw_metric_type)

        _raw_platform = d.pop("platform", None)
        if _raw_platform is None:
            platform = None
        else:
            platform = PerfPowerMetricAttributesPlatform(_raw_platform)

        perf_power_metric_attributes = cls(
            device_type=device_type,
            metric_type=metric_type,
            platform=platform,
        )
        perf_power_metric_attributes.additional_properties = d
        return perf_power_metric_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.perf_power_metric_attributes_metric_type import PerfPowerMetricAttributesMetricType
from ..models.perf_power_metric_attributes_platform import PerfPowerMetricAttributesPlatform
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="PerfPowerMetricAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceType",
        "metricType",
        "platform",
    }
)


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
        device_type = src_dict.get("deviceType")

        _raw_metric_type = src_dict.get("metricType")
        if _raw_metric_type is None:
            metric_type = None
        else:
            metric_type = PerfPowerMetricAttributesMetricType.of(_raw_metric_type)

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = PerfPowerMetricAttributesPlatform.of(_raw_platform)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_type = device_type
        _model.metric_type = metric_type
        _model.platform = platform
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

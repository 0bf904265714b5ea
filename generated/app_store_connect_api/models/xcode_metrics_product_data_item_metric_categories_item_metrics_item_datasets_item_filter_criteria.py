from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria")
_KNOWN_KEYS = frozenset(
    {
        "device",
        "deviceMarketingName",
        "percentile",
    }
)


@_attrs_define(repr=False)
class XcodeMetricsProductDataItemMetricCategoriesItemMetricsItemDatasetsItemFilterCriteria:
    """
    Attributes:
        device (str | Unset):
        device_marketing_name (str | Unset):
        percentile (str | Unset):
    """

    device: str | None = None
    device_marketing_name: str | None = None
    percentile: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        device_marketing_name = self.device_marketing_name

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device is not None:
            field_dict["device"] = device
        if device_marketing_name is not None:
            field_dict["deviceMarketingName"] = device_marketing_name
        if percentile is not None:
            field_dict["percentile"] = percentile
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        device = src_dict.get("device")

        device_marketing_name = src_dict.get("deviceMarketingName")

        percentile = src_dict.get("percentile")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device = device
        _model.device_marketing_name = device_marketing_name
        _model.percentile = percentile
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

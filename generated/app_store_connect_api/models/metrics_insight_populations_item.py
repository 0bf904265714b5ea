from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="MetricsInsightPopulationsItem")
_KNOWN_KEYS = frozenset(
    {
        "deltaPercentage",
        "device",
        "latestVersionValue",
        "percentile",
        "referenceAverageValue",
        "summaryString",
    }
)


@_attrs_define(repr=False)
class MetricsInsightPopulationsItem:
    """
    Attributes:
        delta_percentage (float | Unset):
        device (str | Unset):
        latest_version_value (float | Unset):
        percentile (str | Unset):
        reference_average_value (float | Unset):
        summary_string (str | Unset):
    """

    delta_percentage: float | None = None
    device: str | None = None
    latest_version_value: float | None = None
    percentile: str | None = None
    reference_average_value: float | None = None
    summary_string: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        delta_percentage = self.delta_percentage

        device = self.device

        latest_version_value = self.latest_version_value

        percentile = self.percentile

        reference_average_value = self.reference_average_value

        summary_string = self.summary_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delta_percentage is not None:
            field_dict["deltaPercentage"] = delta_percentage
        if device is not None:
            field_dict["device"] = device
        if latest_version_value is not None:
            field_dict["latestVersionValue"] = latest_version_value
        if percentile is not None:
            field_dict["percentile"] = percentile
        if reference_average_value is not None:
            field_dict["referenceAverageValue"] = reference_average_value
        if summary_string is not None:
            field_dict["summaryString"] = summary_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        delta_percentage = src_dict.get("deltaPercentage")

        device = src_dict.get("device")

        latest_version_value = src_dict.get("latestVersionValue")

        percentile = src_dict.get("percentile")

        reference_average_value = src_dict.get("referenceAverageValue")

        summary_string = src_dict.get("summaryString")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.delta_percentage = delta_percentage
        _model.device = device
        _model.latest_version_value = latest_version_value
        _model.percentile = percentile
        _model.reference_average_value = reference_average_value
        _model.summary_string = summary_string
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

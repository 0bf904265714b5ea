from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_report_instance_attributes_granularity import (
    AnalyticsReportInstanceAttributesGranularity,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AnalyticsReportInstanceAttributes")
_KNOWN_KEYS = frozenset(
    {
        "granularity",
        "processingDate",
    }
)


@_attrs_define(repr=False)
class AnalyticsReportInstanceAttributes:
    """
    Attributes:
        granularity (AnalyticsReportInstanceAttributesGranularity | Unset):
        processing_date (datetime.date | Unset):
    """

    granularity: AnalyticsReportInstanceAttributesGranularity | None = None
    processing_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        granularity: Any = None
        if self.granularity is not None:
            granularity = self.granularity.value

        processing_date: Any = None
        if self.processing_date is not None:
            processing_date = self.processing_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if granularity is not None:
            field_dict["granularity"] = granularity
        if processing_date is not None:
            field_dict["processingDate"] = processing_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_granularity = src_dict.get("granularity")
        if _raw_granularity is None:
            granularity = None
        else:
            granularity = AnalyticsReportInstanceAttributesGranularity.of(_raw_granularity)

        _raw_processing_date = src_dict.get("processingDate")
        if _raw_processing_date is None:
            processing_date = None
        else:
            processing_date = datetime.date.fromisoformat(_raw_processing_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.granularity = granularity
        _model.processing_date = processing_date
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_report_request_attributes_access_type import (
    AnalyticsReportRequestAttributesAccessType,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AnalyticsReportRequestAttributes")
_KNOWN_KEYS = frozenset(
    {
        "accessType",
        "stoppedDueToInactivity",
    }
)


@_attrs_define(repr=False)
class AnalyticsReportRequestAttributes:
    """
    Attributes:
        access_type (AnalyticsReportRequestAttributesAccessType | Unset):
        stopped_due_to_inactivity (bool | Unset):
    """

    access_type: AnalyticsReportRequestAttributesAccessType | None = None
    stopped_due_to_inactivity: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_type: Any = None
        if self.access_type is not None:
            access_type = self.access_type.value

        stopped_due_to_inactivity = self.stopped_due_to_inactivity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if access_type is not None:
            field_dict["accessType"] = access_type
        if stopped_due_to_inactivity is not None:
            field_dict["stoppedDueToInactivity"] = stopped_due_to_inactivity
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_access_type = src_dict.get("accessType")
        if _raw_access_type is None:
            access_type = None
        else:
            access_type = AnalyticsReportRequestAttributesAccessType.of(_raw_access_type)

        stopped_due_to_inactivity = src_dict.get("stoppedDueToInactivity")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.access_type = access_type
        _model.stopped_due_to_inactivity = stopped_due_to_inactivity
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

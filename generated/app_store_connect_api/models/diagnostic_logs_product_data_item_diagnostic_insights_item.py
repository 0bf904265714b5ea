from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="DiagnosticLogsProductDataItemDiagnosticInsightsItem")
_KNOWN_KEYS = frozenset(
    {
        "insightsCategory",
        "insightsString",
        "insightsURL",
    }
)


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItemDiagnosticInsightsItem:
    """
    Attributes:
        insights_category (str | Unset):
        insights_string (str | Unset):
        insights_url (str | Unset):
    """

    insights_category: str | None = None
    insights_string: str | None = None
    insights_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        insights_category = self.insights_category

        insights_string = self.insights_string

        insights_url = self.insights_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if insights_category is not None:
            field_dict["insightsCategory"] = insights_category
        if insights_string is not None:
            field_dict["insightsString"] = insights_string
        if insights_url is not None:
            field_dict["insightsURL"] = insights_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        insights_category = src_dict.get("insightsCategory")

        insights_string = src_dict.get("insightsString")

        insights_url = src_dict.get("insightsURL")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.insights_category = insights_category
        _model.insights_string = insights_string
        _model.insights_url = insights_url
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

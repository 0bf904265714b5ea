from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosticInsightReferenceVersionsItem")


@_attrs_define
class DiagnosticInsightReferenceVersionsItem:
    """
    Attributes:
        value (float | Unset):
        version (str | Unset):
    """

    value: float | Unset | None = UNSET
    version: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not UNSET:
            field_dict["value"] = value
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        version = d.pop("version", UNSET)

        diagnostic_insight_reference_versions_item = cls(
            value=value,
            version=version,
        )
        diagnostic_insight_reference_versions_item.additional_properties = d
        return diagnostic_insight_reference_versions_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem")


@_attrs_define(repr=False)
class CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem:
    """
    Attributes:
        runtime_identifier (str | Unset):
        runtime_name (str | Unset):
    """

    runtime_identifier: str | None = None
    runtime_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        runtime_identifier = self.runtime_identifier

        runtime_name = self.runtime_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if runtime_identifier is not None:
            field_dict["runtimeIdentifier"] = runtime_identifier
        if runtime_name is not None:
            field_dict["runtimeName"] = runtime_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        runtime_identifier = d.pop("runtimeIdentifier", None)

        runtime_name = d.pop("runtimeName", None)

        ci_xcode_version_attributes_test_destinations_item_available_runtimes_item = cls(
            runtime_identifier=runtime_identifier,
            runtime_name=runtime_name,
        )
        ci_xcode_version_attributes_test_destinations_item_available_runtimes_item.additional_properties = d
        return ci_xcode_version_attributes_test_destinations_item_available_runtimes_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_destination_kind import CiTestDestinationKind
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CiTestDestination")


@_attrs_define(repr=False)
class CiTestDestination:
    """
    Attributes:
        device_type_identifier (str | Unset):
        device_type_name (str | Unset):
        kind (CiTestDestinationKind | Unset):
        runtime_identifier (str | Unset):
        runtime_name (str | Unset):
    """

    device_type_identifier: str | Unset | None = UNSET
    device_type_name: str | Unset | None = UNSET
    kind: CiTestDestinationKind | Unset | None = UNSET
    runtime_identifier: str | Unset | None = UNSET
    runtime_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_type_identifier = self.device_type_identifier

        device_type_name = self.device_type_name

        kind: str | Unset | None
        if self.kind is None:
            kind = None
        else:
            kind = UNSET
            if not isinstance(self.kind, Unset):
                kind = self.kind.value

        runtime_identifier = self.runtime_identifier

        runtime_name = self.runtime_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_type_identifier is not UNSET:
            field_dict["deviceTypeIdentifier"] = device_type_identifier
        if device_type_name is not UNSET:
            field_dict["deviceTypeName"] = device_type_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if runtime_identifier is not UNSET:
            field_dict["runtimeIdentifier"] = runtime_identifier
        if runtime_name is not UNSET:
            field_dict["runtimeName"] = runtime_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        device_type_identifier = d.pop("deviceTypeIdentifier", UNSET)

        device_type_name = d.pop("deviceTypeName", UNSET)

        _raw_kind = d.pop("kind", UNSET)
        if _raw_kind is None:
            kind = None
        else:
            _kind = _raw_kind
            kind: CiTestDestinationKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = CiTestDestinationKind(_kind)

        runtime_identifier = d.pop("runtimeIdentifier", UNSET)

        runtime_name = d.pop("runtimeName", UNSET)

        ci_test_destination = cls(
            device_type_identifier=device_type_identifier,
            device_type_name=device_type_name,
            kind=kind,
            runtime_identifier=runtime_identifier,
            runtime_name=runtime_name,
        )
        ci_test_destination.additional_properties = d
        return ci_test_destination

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

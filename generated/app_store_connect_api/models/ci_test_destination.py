from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_destination_kind import CiTestDestinationKind
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="CiTestDestination")
_KNOWN_KEYS = frozenset(
    {
        "deviceTypeIdentifier",
        "deviceTypeName",
        "kind",
        "runtimeIdentifier",
        "runtimeName",
    }
)


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
        device_type_identifier = src_dict.get("deviceTypeIdentifier", UNSET)

        device_type_name = src_dict.get("deviceTypeName", UNSET)

        _raw_kind = src_dict.get("kind", UNSET)
        if _raw_kind is None:
            kind = None
        else:
            _kind = _raw_kind
            kind: CiTestDestinationKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = CiTestDestinationKind.of(_kind)

        runtime_identifier = src_dict.get("runtimeIdentifier", UNSET)

        runtime_name = src_dict.get("runtimeName", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_type_identifier = device_type_identifier
        _model.device_type_name = device_type_name
        _model.kind = kind
        _model.runtime_identifier = runtime_identifier
        _model.runtime_name = runtime_name
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_destination_kind import CiTestDestinationKind
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_xcode_version_attributes_test_destinations_item_available_runtimes_item import (
        CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem,
    )


T = TypeVar("T", bound="CiXcodeVersionAttributesTestDestinationsItem")
_KNOWN_KEYS = frozenset(
    {
        "availableRuntimes",
        "deviceTypeIdentifier",
        "deviceTypeName",
        "kind",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem
    from ..models.ci_xcode_version_attributes_test_destinations_item_available_runtimes_item import (
        CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_available_runtimes(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_available_runtimes = src_dict.get("availableRuntimes")
    if _raw_available_runtimes is None:
        available_runtimes = None
    else:
        available_runtimes = []
        _available_runtimes = _raw_available_runtimes
        for available_runtimes_item_data in _available_runtimes:
            available_runtimes_item = (
                CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem.from_dict(
                    available_runtimes_item_data
                )
            )

            available_runtimes.append(available_runtimes_item)

    return available_runtimes


_READERS: dict[str, Any] = {
    "available_runtimes": _read_available_runtimes,
}


@_attrs_define(repr=False)
class CiXcodeVersionAttributesTestDestinationsItem:
    """
    Attributes:
        available_runtimes (list[CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem] | Unset):
        device_type_identifier (str | Unset):
        device_type_name (str | Unset):
        kind (CiTestDestinationKind | Unset):
    """

    available_runtimes: list[CiXcodeVersionAttributesTestDestinationsItemAvailableRuntimesItem] | None = None
    device_type_identifier: str | None = None
    device_type_name: str | None = None
    kind: CiTestDestinationKind | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        available_runtimes: Any = None
        if self.available_runtimes is not None:
            available_runtimes = []
            for available_runtimes_item_data in self.available_runtimes:
                available_runtimes_item = available_runtimes_item_data.to_dict()
                available_runtimes.append(available_runtimes_item)

        device_type_identifier = self.device_type_identifier

        device_type_name = self.device_type_name

        kind: Any = None
        if self.kind is not None:
            kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available_runtimes is not None:
            field_dict["availableRuntimes"] = available_runtimes
        if device_type_identifier is not None:
            field_dict["deviceTypeIdentifier"] = device_type_identifier
        if device_type_name is not None:
            field_dict["deviceTypeName"] = device_type_name
        if kind is not None:
            field_dict["kind"] = kind
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        device_type_identifier = src_dict.get("deviceTypeIdentifier")

        device_type_name = src_dict.get("deviceTypeName")

        _raw_kind = src_dict.get("kind")
        if _raw_kind is None:
            kind = None
        else:
            kind = CiTestDestinationKind.of(_raw_kind)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_type_identifier = device_type_identifier
        _model.device_type_name = device_type_name
        _model.kind = kind
        _model._document = src_dict  # available_runtimes: read on first access
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

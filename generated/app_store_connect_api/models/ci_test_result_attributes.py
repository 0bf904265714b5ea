from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_test_status import CiTestStatus
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_test_result_attributes_destination_test_results_item import (
        CiTestResultAttributesDestinationTestResultsItem,
    )
    from ..models.file_location import FileLocation


T = TypeVar("T", bound="CiTestResultAttributes")
_KNOWN_KEYS = frozenset(
    {
        "className",
        "destinationTestResults",
        "fileSource",
        "message",
        "name",
        "status",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiTestResultAttributesDestinationTestResultsItem, FileLocation
    from ..models.ci_test_result_attributes_destination_test_results_item import (
        CiTestResultAttributesDestinationTestResultsItem,
    )
    from ..models.file_location import FileLocation

    _LAZY_IMPORTS_DONE = True


def _read_destination_test_results(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_destination_test_results = src_dict.get("destinationTestResults")
    if _raw_destination_test_results is None:
        destination_test_results = None
    else:
        destination_test_results = []
        _destination_test_results = _raw_destination_test_results
        for destination_test_results_item_data in _destination_test_results:
            destination_test_results_item = CiTestResultAttributesDestinationTestResultsItem.from_dict(
                destination_test_results_item_data
            )

            destination_test_results.append(destination_test_results_item)

    return destination_test_results


def _read_file_source(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_file_source = src_dict.get("fileSource")
    if _raw_file_source is None:
        file_source = None
    else:
        file_source = FileLocation.from_dict(_raw_file_source)

    return file_source


_READERS: dict[str, Any] = {
    "destination_test_results": _read_destination_test_results,
    "file_source": _read_file_source,
}


@_attrs_define(repr=False)
class CiTestResultAttributes:
    """
    Attributes:
        class_name (str | Unset):
        destination_test_results (list[CiTestResultAttributesDestinationTestResultsItem] | Unset):
        file_source (FileLocation | Unset):
        message (str | Unset):
        name (str | Unset):
        status (CiTestStatus | Unset):
    """

    class_name: str | None = None
    destination_test_results: list[CiTestResultAttributesDestinationTestResultsItem] | None = None
    file_source: FileLocation | None = None
    message: str | None = None
    name: str | None = None
    status: CiTestStatus | None = None
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
        class_name = self.class_name

        destination_test_results: Any = None
        if self.destination_test_results is not None:
            destination_test_results = []
            for destination_test_results_item_data in self.destination_test_results:
                destination_test_results_item = destination_test_results_item_data.to_dict()
                destination_test_results.append(destination_test_results_item)

        file_source: Any = None
        if self.file_source is not None:
            file_source = self.file_source.to_dict()

        message = self.message

        name = self.name

        status: Any = None
        if self.status is not None:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if class_name is not None:
            field_dict["className"] = class_name
        if destination_test_results is not None:
            field_dict["destinationTestResults"] = destination_test_results
        if file_source is not None:
            field_dict["fileSource"] = file_source
        if message is not None:
            field_dict["message"] = message
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        class_name = src_dict.get("className")

        message = src_dict.get("message")

        name = src_dict.get("name")

        _raw_status = src_dict.get("status")
        if _raw_status is None:
            status = None
        else:
            status = CiTestStatus.of(_raw_status)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.class_name = class_name
        _model.message = message
        _model.name = name
        _model.status = status
        _model._document = src_dict  # destination_test_results, file_source: read on first access
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

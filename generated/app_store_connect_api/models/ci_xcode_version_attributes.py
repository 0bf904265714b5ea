from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.ci_xcode_version_attributes_test_destinations_item import (
        CiXcodeVersionAttributesTestDestinationsItem,
    )


T = TypeVar("T", bound="CiXcodeVersionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "testDestinations",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CiXcodeVersionAttributesTestDestinationsItem
    from ..models.ci_xcode_version_attributes_test_destinations_item import (
        CiXcodeVersionAttributesTestDestinationsItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_test_destinations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_test_destinations = src_dict.get("testDestinations")
    if _raw_test_destinations is None:
        test_destinations = None
    else:
        test_destinations = []
        _test_destinations = _raw_test_destinations
        for test_destinations_item_data in _test_destinations:
            test_destinations_item = CiXcodeVersionAttributesTestDestinationsItem.from_dict(
                test_destinations_item_data
            )

            test_destinations.append(test_destinations_item)

    return test_destinations


_READERS: dict[str, Any] = {
    "test_destinations": _read_test_destinations,
}


@_attrs_define(repr=False)
class CiXcodeVersionAttributes:
    """
    Attributes:
        name (str | Unset):
        test_destinations (list[CiXcodeVersionAttributesTestDestinationsItem] | Unset):
        version (str | Unset):
    """

    name: str | None = None
    test_destinations: list[CiXcodeVersionAttributesTestDestinationsItem] | None = None
    version: str | None = None
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
        name = self.name

        test_destinations: Any = None
        if self.test_destinations is not None:
            test_destinations = []
            for test_destinations_item_data in self.test_destinations:
                test_destinations_item = test_destinations_item_data.to_dict()
                test_destinations.append(test_destinations_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if test_destinations is not None:
            field_dict["testDestinations"] = test_destinations
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        name = src_dict.get("name")

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.name = name
        _model.version = version
        _model._document = src_dict  # test_destinations: read on first access
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

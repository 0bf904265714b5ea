from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.device_family_os_version_filter import DeviceFamilyOsVersionFilter


T = TypeVar("T", bound="BetaRecruitmentCriterionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamilyOsVersionFilters",
        "lastModifiedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DeviceFamilyOsVersionFilter
    from ..models.device_family_os_version_filter import DeviceFamilyOsVersionFilter

    _LAZY_IMPORTS_DONE = True


def _read_device_family_os_version_filters(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_device_family_os_version_filters = src_dict.get("deviceFamilyOsVersionFilters")
    if _raw_device_family_os_version_filters is None:
        device_family_os_version_filters = None
    else:
        device_family_os_version_filters = []
        _device_family_os_version_filters = _raw_device_family_os_version_filters
        for device_family_os_version_filters_item_data in _device_family_os_version_filters:
            device_family_os_version_filters_item = DeviceFamilyOsVersionFilter.from_dict(
                device_family_os_version_filters_item_data
            )

            device_family_os_version_filters.append(device_family_os_version_filters_item)

    return device_family_os_version_filters


_READERS: dict[str, Any] = {
    "device_family_os_version_filters": _read_device_family_os_version_filters,
}


@_attrs_define(repr=False)
class BetaRecruitmentCriterionAttributes:
    """
    Attributes:
        device_family_os_version_filters (list[DeviceFamilyOsVersionFilter] | Unset):
        last_modified_date (datetime.datetime | Unset):
    """

    device_family_os_version_filters: list[DeviceFamilyOsVersionFilter] | None = None
    last_modified_date: datetime.datetime | None = None
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
        device_family_os_version_filters: Any = None
        if self.device_family_os_version_filters is not None:
            device_family_os_version_filters = []
            for device_family_os_version_filters_item_data in self.device_family_os_version_filters:
                device_family_os_version_filters_item = device_family_os_version_filters_item_data.to_dict()
                device_family_os_version_filters.append(device_family_os_version_filters_item)

        last_modified_date: Any = None
        if self.last_modified_date is not None:
            last_modified_date = self.last_modified_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family_os_version_filters is not None:
            field_dict["deviceFamilyOsVersionFilters"] = device_family_os_version_filters
        if last_modified_date is not None:
            field_dict["lastModifiedDate"] = last_modified_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_last_modified_date = src_dict.get("lastModifiedDate")
        if _raw_last_modified_date is None:
            last_modified_date = None
        else:
            last_modified_date = datetime.datetime.fromisoformat(_raw_last_modified_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.last_modified_date = last_modified_date
        _model._document = src_dict  # device_family_os_version_filters: read on first access
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

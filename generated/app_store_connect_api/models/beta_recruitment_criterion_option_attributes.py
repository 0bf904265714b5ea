from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.beta_recruitment_criterion_option_attributes_device_family_os_versions_item import (
        BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem,
    )


T = TypeVar("T", bound="BetaRecruitmentCriterionOptionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamilyOsVersions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem
    from ..models.beta_recruitment_criterion_option_attributes_device_family_os_versions_item import (
        BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_device_family_os_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_device_family_os_versions = src_dict.get("deviceFamilyOsVersions")
    if _raw_device_family_os_versions is None:
        device_family_os_versions = None
    else:
        device_family_os_versions = []
        _device_family_os_versions = _raw_device_family_os_versions
        for device_family_os_versions_item_data in _device_family_os_versions:
            device_family_os_versions_item = (
                BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem.from_dict(
                    device_family_os_versions_item_data
                )
            )

            device_family_os_versions.append(device_family_os_versions_item)

    return device_family_os_versions


_READERS: dict[str, Any] = {
    "device_family_os_versions": _read_device_family_os_versions,
}


@_attrs_define(repr=False)
class BetaRecruitmentCriterionOptionAttributes:
    """
    Attributes:
        device_family_os_versions (list[BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem] | Unset):
    """

    device_family_os_versions: (
        list[BetaRecruitmentCriterionOptionAttributesDeviceFamilyOsVersionsItem] | None
    ) = None
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
        device_family_os_versions: Any = None
        if self.device_family_os_versions is not None:
            device_family_os_versions = []
            for device_family_os_versions_item_data in self.device_family_os_versions:
                device_family_os_versions_item = device_family_os_versions_item_data.to_dict()
                device_family_os_versions.append(device_family_os_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family_os_versions is not None:
            field_dict["deviceFamilyOsVersions"] = device_family_os_versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # device_family_os_versions: read on first access
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

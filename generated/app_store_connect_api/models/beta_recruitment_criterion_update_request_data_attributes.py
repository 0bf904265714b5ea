from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.device_family_os_version_filter import DeviceFamilyOsVersionFilter


T = TypeVar("T", bound="BetaRecruitmentCriterionUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceFamilyOsVersionFilters",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DeviceFamilyOsVersionFilter
    from ..models.device_family_os_version_filter import DeviceFamilyOsVersionFilter

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BetaRecruitmentCriterionUpdateRequestDataAttributes:
    """
    Attributes:
        device_family_os_version_filters (list[DeviceFamilyOsVersionFilter] | None | Unset):
    """

    device_family_os_version_filters: list[DeviceFamilyOsVersionFilter] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        device_family_os_version_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.device_family_os_version_filters, Unset):
            device_family_os_version_filters = UNSET
        elif isinstance(self.device_family_os_version_filters, list):
            device_family_os_version_filters = []
            for device_family_os_version_filters_type_0_item_data in self.device_family_os_version_filters:
                device_family_os_version_filters_type_0_item = (
                    device_family_os_version_filters_type_0_item_data.to_dict()
                )
                device_family_os_version_filters.append(device_family_os_version_filters_type_0_item)

        else:
            device_family_os_version_filters = self.device_family_os_version_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_family_os_version_filters is not UNSET:
            field_dict["deviceFamilyOsVersionFilters"] = device_family_os_version_filters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()

        def _parse_device_family_os_version_filters(
            data: object,
        ) -> list[DeviceFamilyOsVersionFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_family_os_version_filters_type_0 = []
                _device_family_os_version_filters_type_0 = data
                for (
                    device_family_os_version_filters_type_0_item_data
                ) in _device_family_os_version_filters_type_0:
                    device_family_os_version_filters_type_0_item = DeviceFamilyOsVersionFilter.from_dict(
                        device_family_os_version_filters_type_0_item_data
                    )

                    device_family_os_version_filters_type_0.append(
                        device_family_os_version_filters_type_0_item
                    )

                return device_family_os_version_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceFamilyOsVersionFilter] | None | Unset, data)

        device_family_os_version_filters = _parse_device_family_os_version_filters(
            src_dict.get("deviceFamilyOsVersionFilters", UNSET)
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_family_os_version_filters = device_family_os_version_filters
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

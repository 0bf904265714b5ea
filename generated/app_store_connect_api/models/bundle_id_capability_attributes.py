from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_type import CapabilityType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.capability_setting import CapabilitySetting


T = TypeVar("T", bound="BundleIdCapabilityAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CapabilitySetting
    from ..models.capability_setting import CapabilitySetting

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BundleIdCapabilityAttributes:
    """
    Attributes:
        capability_type (CapabilityType | Unset):
        settings (list[CapabilitySetting] | Unset):
    """

    capability_type: CapabilityType | None = None
    settings: list[CapabilitySetting] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        capability_type: Any = None
        if self.capability_type is not None:
            capability_type = self.capability_type.value

        settings: Any = None
        if self.settings is not None:
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if capability_type is not None:
            field_dict["capabilityType"] = capability_type
        if settings is not None:
            field_dict["settings"] = settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_capability_type = d.pop("capabilityType", None)
        if _raw_capability_type is None:
            capability_type = None
        else:
            capability_type = CapabilityType(_raw_capability_type)

        _raw_settings = d.pop("settings", None)
        if _raw_settings is None:
            settings = None
        else:
            settings = []
            _settings = _raw_settings
            for settings_item_data in _settings:
                settings_item = CapabilitySetting.from_dict(settings_item_data)

                settings.append(settings_item)

        bundle_id_capability_attributes = cls(
            capability_type=capability_type,
            settings=settings,
        )
        bundle_id_capability_attributes.additional_properties = d
        return bundle_id_capability_attributes

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

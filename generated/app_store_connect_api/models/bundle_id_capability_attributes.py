from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_type import CapabilityType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.capability_setting import CapabilitySetting


T = TypeVar("T", bound="BundleIdCapabilityAttributes")
_KNOWN_KEYS = frozenset(
    {
        "capabilityType",
        "settings",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CapabilitySetting
    from ..models.capability_setting import CapabilitySetting

    _LAZY_IMPORTS_DONE = True


def _read_settings(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_settings = src_dict.get("settings")
    if _raw_settings is None:
        settings = None
    else:
        settings = []
        _settings = _raw_settings
        for settings_item_data in _settings:
            settings_item = CapabilitySetting.from_dict(settings_item_data)

            settings.append(settings_item)

    return settings


_READERS: dict[str, Any] = {
    "settings": _read_settings,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        _raw_capability_type = src_dict.get("capabilityType")
        if _raw_capability_type is None:
            capability_type = None
        else:
            capability_type = CapabilityType.of(_raw_capability_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.capability_type = capability_type
        _model._document = src_dict  # settings: read on first access
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

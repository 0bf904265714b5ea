from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_type import CapabilityType
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.capability_setting import CapabilitySetting


T = TypeVar("T", bound="BundleIdCapabilityUpdateRequestDataAttributes")
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


@_attrs_define(repr=False)
class BundleIdCapabilityUpdateRequestDataAttributes:
    """
    Attributes:
        capability_type (CapabilityType | Unset):
        settings (list[CapabilitySetting] | None | Unset):
    """

    capability_type: CapabilityType | Unset | None = UNSET
    settings: list[CapabilitySetting] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        capability_type: str | Unset | None
        if self.capability_type is None:
            capability_type = None
        else:
            capability_type = UNSET
            if not isinstance(self.capability_type, Unset):
                capability_type = self.capability_type.value

        settings: list[dict[str, Any]] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, list):
            settings = []
            for settings_type_0_item_data in self.settings:
                settings_type_0_item = settings_type_0_item_data.to_dict()
                settings.append(settings_type_0_item)

        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if capability_type is not UNSET:
            field_dict["capabilityType"] = capability_type
        if settings is not UNSET:
            field_dict["settings"] = settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_capability_type = src_dict.get("capabilityType", UNSET)
        if _raw_capability_type is None:
            capability_type = None
        else:
            _capability_type = _raw_capability_type
            capability_type: CapabilityType | Unset
            if isinstance(_capability_type, Unset):
                capability_type = UNSET
            else:
                capability_type = CapabilityType.of(_capability_type)

        def _parse_settings(data: object) -> list[CapabilitySetting] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                settings_type_0 = []
                _settings_type_0 = data
                for settings_type_0_item_data in _settings_type_0:
                    settings_type_0_item = CapabilitySetting.from_dict(settings_type_0_item_data)

                    settings_type_0.append(settings_type_0_item)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CapabilitySetting] | None | Unset, data)

        settings = _parse_settings(src_dict.get("settings", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.capability_type = capability_type
        _model.settings = settings
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

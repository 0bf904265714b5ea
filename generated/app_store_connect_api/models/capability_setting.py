from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_setting_allowed_instances import CapabilitySettingAllowedInstances
from ..models.capability_setting_key import CapabilitySettingKey
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.capability_option import CapabilityOption


T = TypeVar("T", bound="CapabilitySetting")
_KNOWN_KEYS = frozenset(
    {
        "allowedInstances",
        "description",
        "enabledByDefault",
        "key",
        "minInstances",
        "name",
        "options",
        "visible",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, CapabilityOption
    from ..models.capability_option import CapabilityOption

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CapabilitySetting:
    """
    Attributes:
        allowed_instances (CapabilitySettingAllowedInstances | Unset):
        description (str | Unset):
        enabled_by_default (bool | Unset):
        key (CapabilitySettingKey | Unset):
        min_instances (int | Unset):
        name (str | Unset):
        options (list[CapabilityOption] | Unset):
        visible (bool | Unset):
    """

    allowed_instances: CapabilitySettingAllowedInstances | Unset | None = UNSET
    description: str | Unset | None = UNSET
    enabled_by_default: bool | Unset | None = UNSET
    key: CapabilitySettingKey | Unset | None = UNSET
    min_instances: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    options: list[CapabilityOption] | Unset | None = UNSET
    visible: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        allowed_instances: str | Unset | None
        if self.allowed_instances is None:
            allowed_instances = None
        else:
            allowed_instances = UNSET
            if not isinstance(self.allowed_instances, Unset):
                allowed_instances = self.allowed_instances.value

        description = self.description

        enabled_by_default = self.enabled_by_default

        key: str | Unset | None
        if self.key is None:
            key = None
        else:
            key = UNSET
            if not isinstance(self.key, Unset):
                key = self.key.value

        min_instances = self.min_instances

        name = self.name

        options: list[dict[str, Any]] | Unset | None
        if self.options is None:
            options = None
        else:
            options = UNSET
            if not isinstance(self.options, Unset):
                options = []
                for options_item_data in self.options:
                    options_item = options_item_data.to_dict()
                    options.append(options_item)

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_instances is not UNSET:
            field_dict["allowedInstances"] = allowed_instances
        if description is not UNSET:
            field_dict["description"] = description
        if enabled_by_default is not UNSET:
            field_dict["enabledByDefault"] = enabled_by_default
        if key is not UNSET:
            field_dict["key"] = key
        if min_instances is not UNSET:
            field_dict["minInstances"] = min_instances
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if visible is not UNSET:
            field_dict["visible"] = visible
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_allowed_instances = src_dict.get("allowedInstances", UNSET)
        if _raw_allowed_instances is None:
            allowed_instances = None
        else:
            _allowed_instances = _raw_allowed_instances
            allowed_instances: CapabilitySettingAllowedInstances | Unset
            if isinstance(_allowed_instances, Unset):
                allowed_instances = UNSET
            else:
                allowed_instances = CapabilitySettingAllowedInstances.of(_allowed_instances)

        description = src_dict.get("description", UNSET)

        enabled_by_default = src_dict.get("enabledByDefault", UNSET)

        _raw_key = src_dict.get("key", UNSET)
        if _raw_key is None:
            key = None
        else:
            _key = _raw_key
            key: CapabilitySettingKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = CapabilitySettingKey.of(_key)

        min_instances = src_dict.get("minInstances", UNSET)

        name = src_dict.get("name", UNSET)

        _raw_options = src_dict.get("options", UNSET)
        if _raw_options is None:
            options = None
        else:
            _options = _raw_options
            options: list[CapabilityOption] | Unset = UNSET
            if _options is not UNSET:
                options = []
                for options_item_data in _options:
                    options_item = CapabilityOption.from_dict(options_item_data)

                    options.append(options_item)

        visible = src_dict.get("visible", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.allowed_instances = allowed_instances
        _model.description = description
        _model.enabled_by_default = enabled_by_default
        _model.key = key
        _model.min_instances = min_instances
        _model.name = name
        _model.options = options
        _model.visible = visible
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

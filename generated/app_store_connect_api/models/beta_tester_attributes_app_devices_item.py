from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tester_attributes_app_devices_item_platform import (
    BetaTesterAttributesAppDevicesItemPlatform,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaTesterAttributesAppDevicesItem")
_KNOWN_KEYS = frozenset(
    {
        "appBuildVersion",
        "model",
        "osVersion",
        "platform",
    }
)


@_attrs_define(repr=False)
class BetaTesterAttributesAppDevicesItem:
    """
    Attributes:
        app_build_version (str | Unset):
        model (str | Unset):
        os_version (str | Unset):
        platform (BetaTesterAttributesAppDevicesItemPlatform | Unset):
    """

    app_build_version: str | None = None
    model: str | None = None
    os_version: str | None = None
    platform: BetaTesterAttributesAppDevicesItemPlatform | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_build_version = self.app_build_version

        model = self.model

        os_version = self.os_version

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_build_version is not None:
            field_dict["appBuildVersion"] = app_build_version
        if model is not None:
            field_dict["model"] = model
        if os_version is not None:
            field_dict["osVersion"] = os_version
        if platform is not None:
            field_dict["platform"] = platform
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_build_version = src_dict.get("appBuildVersion")

        model = src_dict.get("model")

        os_version = src_dict.get("osVersion")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = BetaTesterAttributesAppDevicesItemPlatform.of(_raw_platform)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_build_version = app_build_version
        _model.model = model
        _model.os_version = os_version
        _model.platform = platform
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

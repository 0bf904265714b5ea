from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BuildBundleFileSizeAttributes")
_KNOWN_KEYS = frozenset(
    {
        "deviceModel",
        "downloadBytes",
        "installBytes",
        "osVersion",
    }
)


@_attrs_define(repr=False)
class BuildBundleFileSizeAttributes:
    """
    Attributes:
        device_model (str | Unset):
        download_bytes (int | Unset):
        install_bytes (int | Unset):
        os_version (str | Unset):
    """

    device_model: str | None = None
    download_bytes: int | None = None
    install_bytes: int | None = None
    os_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_model = self.device_model

        download_bytes = self.download_bytes

        install_bytes = self.install_bytes

        os_version = self.os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_model is not None:
            field_dict["deviceModel"] = device_model
        if download_bytes is not None:
            field_dict["downloadBytes"] = download_bytes
        if install_bytes is not None:
            field_dict["installBytes"] = install_bytes
        if os_version is not None:
            field_dict["osVersion"] = os_version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        device_model = src_dict.get("deviceModel")

        download_bytes = src_dict.get("downloadBytes")

        install_bytes = src_dict.get("installBytes")

        os_version = src_dict.get("osVersion")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.device_model = device_model
        _model.download_bytes = download_bytes
        _model.install_bytes = install_bytes
        _model.os_version = os_version
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

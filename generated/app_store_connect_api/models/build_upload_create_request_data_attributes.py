from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BuildUploadCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "cfBundleShortVersionString",
        "cfBundleVersion",
        "platform",
    }
)


@_attrs_define(repr=False)
class BuildUploadCreateRequestDataAttributes:
    """
    Attributes:
        cf_bundle_short_version_string (str):
        cf_bundle_version (str):
        platform (Platform):
    """

    cf_bundle_short_version_string: str
    cf_bundle_version: str
    platform: Platform
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        cf_bundle_short_version_string = self.cf_bundle_short_version_string

        cf_bundle_version = self.cf_bundle_version

        platform = self.platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["cfBundleShortVersionString"] = cf_bundle_short_version_string
        field_dict["cfBundleVersion"] = cf_bundle_version
        field_dict["platform"] = platform
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        cf_bundle_short_version_string = src_dict["cfBundleShortVersionString"]

        cf_bundle_version = src_dict["cfBundleVersion"]

        platform = Platform.of(src_dict["platform"])

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.cf_bundle_short_version_string = cf_bundle_short_version_string
        _model.cf_bundle_version = cf_bundle_version
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

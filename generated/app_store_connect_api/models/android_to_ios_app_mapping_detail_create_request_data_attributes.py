from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AndroidToIosAppMappingDetailCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appSigningKeyPublicCertificateSha256Fingerprints",
        "packageName",
    }
)


@_attrs_define(repr=False)
class AndroidToIosAppMappingDetailCreateRequestDataAttributes:
    """
    Attributes:
        app_signing_key_public_certificate_sha_256_fingerprints (list[str]):
        package_name (str):
    """

    app_signing_key_public_certificate_sha_256_fingerprints: list[str]
    package_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_signing_key_public_certificate_sha_256_fingerprints = (
            self.app_signing_key_public_certificate_sha_256_fingerprints
        )

        package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["appSigningKeyPublicCertificateSha256Fingerprints"] = (
            app_signing_key_public_certificate_sha_256_fingerprints
        )
        field_dict["packageName"] = package_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_signing_key_public_certificate_sha_256_fingerprints = cast(
            list[str], src_dict["appSigningKeyPublicCertificateSha256Fingerprints"]
        )

        package_name = src_dict["packageName"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_signing_key_public_certificate_sha_256_fingerprints = (
            app_signing_key_public_certificate_sha_256_fingerprints
        )
        _model.package_name = package_name
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

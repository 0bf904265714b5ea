from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AndroidToIosAppMappingDetailAttributes")


@_attrs_define(repr=False)
class AndroidToIosAppMappingDetailAttributes:
    """
    Attributes:
        app_signing_key_public_certificate_sha_256_fingerprints (list[str] | Unset):
        package_name (str | Unset):
    """

    app_signing_key_public_certificate_sha_256_fingerprints: list[str] | None = None
    package_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_signing_key_public_certificate_sha_256_fingerprints: Any = None
        if self.app_signing_key_public_certificate_sha_256_fingerprints is not None:
            app_signing_key_public_certificate_sha_256_fingerprints = (
                self.app_signing_key_public_certificate_sha_256_fingerprints
            )

        package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_signing_key_public_certificate_sha_256_fingerprints is not None:
            field_dict["appSigningKeyPublicCertificateSha256Fingerprints"] = (
                app_signing_key_public_certificate_sha_256_fingerprints
            )
        if package_name is not None:
            field_dict["packageName"] = package_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_app_signing_key_public_certificate_sha_256_fingerprints = d.pop(
            "appSigningKeyPublicCertificateSha256Fingerprints", None
        )
        if _raw_app_signing_key_public_certificate_sha_256_fingerprints is None:
            app_signing_key_public_certificate_sha_256_fingerprints = None
        else:
            app_signing_key_public_certificate_sha_256_fingerprints = cast(
                list[str], _raw_app_signing_key_public_certificate_sha_256_fingerprints
            )

        package_name = d.pop("packageName", None)

        android_to_ios_app_mapping_detail_attributes = cls(
            app_signing_key_public_certificate_sha_256_fingerprints=app_signing_key_public_certificate_sha_256_fingerprints,
            package_name=package_name,
        )
        android_to_ios_app_mapping_detail_attributes.additional_properties = d
        return android_to_ios_app_mapping_detail_attributes

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

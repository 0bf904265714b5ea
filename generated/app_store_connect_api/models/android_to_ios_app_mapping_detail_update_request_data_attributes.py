from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AndroidToIosAppMappingDetailUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appSigningKeyPublicCertificateSha256Fingerprints",
        "packageName",
    }
)


@_attrs_define(repr=False)
class AndroidToIosAppMappingDetailUpdateRequestDataAttributes:
    """
    Attributes:
        app_signing_key_public_certificate_sha_256_fingerprints (list[str] | None | Unset):
        package_name (None | str | Unset):
    """

    app_signing_key_public_certificate_sha_256_fingerprints: list[str] | None | Unset = UNSET
    package_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_signing_key_public_certificate_sha_256_fingerprints: list[str] | None | Unset
        if isinstance(self.app_signing_key_public_certificate_sha_256_fingerprints, Unset):
            app_signing_key_public_certificate_sha_256_fingerprints = UNSET
        elif isinstance(self.app_signing_key_public_certificate_sha_256_fingerprints, list):
            app_signing_key_public_certificate_sha_256_fingerprints = (
                self.app_signing_key_public_certificate_sha_256_fingerprints
            )

        else:
            app_signing_key_public_certificate_sha_256_fingerprints = (
                self.app_signing_key_public_certificate_sha_256_fingerprints
            )

        package_name: None | str | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        else:
            package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_signing_key_public_certificate_sha_256_fingerprints is not UNSET:
            field_dict["appSigningKeyPublicCertificateSha256Fingerprints"] = (
                app_signing_key_public_certificate_sha_256_fingerprints
            )
        if package_name is not UNSET:
            field_dict["packageName"] = package_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_app_signing_key_public_certificate_sha_256_fingerprints(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                app_signing_key_public_certificate_sha_256_fingerprints_type_0 = cast(list[str], data)

                return app_signing_key_public_certificate_sha_256_fingerprints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        app_signing_key_public_certificate_sha_256_fingerprints = (
            _parse_app_signing_key_public_certificate_sha_256_fingerprints(
                src_dict.get("appSigningKeyPublicCertificateSha256Fingerprints", UNSET)
            )
        )

        def _parse_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_name = _parse_package_name(src_dict.get("packageName", UNSET))

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

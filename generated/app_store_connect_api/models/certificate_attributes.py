from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..models.certificate_type import CertificateType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CertificateAttributes")
_KNOWN_KEYS = frozenset(
    {
        "activated",
        "certificateContent",
        "certificateType",
        "displayName",
        "expirationDate",
        "name",
        "platform",
        "serialNumber",
    }
)


@_attrs_define(repr=False)
class CertificateAttributes:
    """
    Attributes:
        activated (bool | Unset):
        certificate_content (str | Unset):
        certificate_type (CertificateType | Unset):
        display_name (str | Unset):
        expiration_date (datetime.datetime | Unset):
        name (str | Unset):
        platform (BundleIdPlatform | Unset):
        serial_number (str | Unset):
    """

    activated: bool | None = None
    certificate_content: str | None = None
    certificate_type: CertificateType | None = None
    display_name: str | None = None
    expiration_date: datetime.datetime | None = None
    name: str | None = None
    platform: BundleIdPlatform | None = None
    serial_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        activated = self.activated

        certificate_content = self.certificate_content

        certificate_type: Any = None
        if self.certificate_type is not None:
            certificate_type = self.certificate_type.value

        display_name = self.display_name

        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        name = self.name

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        serial_number = self.serial_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if activated is not None:
            field_dict["activated"] = activated
        if certificate_content is not None:
            field_dict["certificateContent"] = certificate_content
        if certificate_type is not None:
            field_dict["certificateType"] = certificate_type
        if display_name is not None:
            field_dict["displayName"] = display_name
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if name is not None:
            field_dict["name"] = name
        if platform is not None:
            field_dict["platform"] = platform
        if serial_number is not None:
            field_dict["serialNumber"] = serial_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        activated = src_dict.get("activated")

        certificate_content = src_dict.get("certificateContent")

        _raw_certificate_type = src_dict.get("certificateType")
        if _raw_certificate_type is None:
            certificate_type = None
        else:
            certificate_type = CertificateType.of(_raw_certificate_type)

        display_name = src_dict.get("displayName")

        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        name = src_dict.get("name")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = BundleIdPlatform.of(_raw_platform)

        serial_number = src_dict.get("serialNumber")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.activated = activated
        _model.certificate_content = certificate_content
        _model.certificate_type = certificate_type
        _model.display_name = display_name
        _model.expiration_date = expiration_date
        _model.name = name
        _model.platform = platform
        _model.serial_number = serial_number
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

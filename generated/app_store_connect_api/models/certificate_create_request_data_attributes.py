from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_type import CertificateType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CertificateCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "certificateType",
        "csrContent",
    }
)


@_attrs_define(repr=False)
class CertificateCreateRequestDataAttributes:
    """
    Attributes:
        certificate_type (CertificateType):
        csr_content (str):
    """

    certificate_type: CertificateType
    csr_content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        certificate_type = self.certificate_type.value

        csr_content = self.csr_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["certificateType"] = certificate_type
        field_dict["csrContent"] = csr_content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        certificate_type = CertificateType.of(src_dict["certificateType"])

        csr_content = src_dict["csrContent"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.certificate_type = certificate_type
        _model.csr_content = csr_content
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.merchant_id_relationships_certificates import MerchantIdRelationshipsCertificates


T = TypeVar("T", bound="MerchantIdRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, MerchantIdRelationshipsCertificates
    from ..models.merchant_id_relationships_certificates import MerchantIdRelationshipsCertificates

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class MerchantIdRelationships:
    """
    Attributes:
        certificates (MerchantIdRelationshipsCertificates | Unset):
    """

    certificates: MerchantIdRelationshipsCertificates | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        certificates: Any = None
        if self.certificates is not None:
            certificates = UNSET
            if not isinstance(self.certificates, Unset):
                certificates = self.certificates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if certificates is not None:
            field_dict["certificates"] = certificates
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_certificates = d.pop("certificates", None)
        if _raw_certificates is None:
            certificates = None
        else:
            _certificates = _raw_certificates
            certificates: MerchantIdRelationshipsCertificates | Unset
            if isinstance(_certificates, Unset):
                certificates = UNSET
            else:
                certificates = MerchantIdRelationshipsCertificates.from_dict(_certificates)

        merchant_id_relationships = cls(
            certificates=certificates,
        )
        merchant_id_relationships.additional_properties = d
        return merchant_id_relationships

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

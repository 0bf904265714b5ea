from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.certificate_create_request_data_relationships_merchant_id import (
        CertificateCreateRequestDataRelationshipsMerchantId,
    )
    from ..models.certificate_create_request_data_relationships_pass_type_id import (
        CertificateCreateRequestDataRelationshipsPassTypeId,
    )


T = TypeVar("T", bound="CertificateCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "merchantId",
        "passTypeId",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        CertificateCreateRequestDataRelationshipsMerchantId, \
        CertificateCreateRequestDataRelationshipsPassTypeId
    from ..models.certificate_create_request_data_relationships_merchant_id import (
        CertificateCreateRequestDataRelationshipsMerchantId,
    )
    from ..models.certificate_create_request_data_relationships_pass_type_id import (
        CertificateCreateRequestDataRelationshipsPassTypeId,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class CertificateCreateRequestDataRelationships:
    """
    Attributes:
        merchant_id (CertificateCreateRequestDataRelationshipsMerchantId | Unset):
        pass_type_id (CertificateCreateRequestDataRelationshipsPassTypeId | Unset):
    """

    merchant_id: CertificateCreateRequestDataRelationshipsMerchantId | Unset | None = UNSET
    pass_type_id: CertificateCreateRequestDataRelationshipsPassTypeId | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        merchant_id: dict[str, Any] | Unset | None
        if self.merchant_id is None:
            merchant_id = None
        else:
            merchant_id = UNSET
            if not isinstance(self.merchant_id, Unset):
                merchant_id = self.merchant_id.to_dict()

        pass_type_id: dict[str, Any] | Unset | None
        if self.pass_type_id is None:
            pass_type_id = None
        else:
            pass_type_id = UNSET
            if not isinstance(self.pass_type_id, Unset):
                pass_type_id = self.pass_type_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if pass_type_id is not UNSET:
            field_dict["passTypeId"] = pass_type_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_merchant_id = src_dict.get("merchantId", UNSET)
        if _raw_merchant_id is None:
            merchant_id = None
        else:
            _merchant_id = _raw_merchant_id
            merchant_id: CertificateCreateRequestDataRelationshipsMerchantId | Unset
            if isinstance(_merchant_id, Unset):
                merchant_id = UNSET
            else:
                merchant_id = CertificateCreateRequestDataRelationshipsMerchantId.from_dict(_merchant_id)

        _raw_pass_type_id = src_dict.get("passTypeId", UNSET)
        if _raw_pass_type_id is None:
            pass_type_id = None
        else:
            _pass_type_id = _raw_pass_type_id
            pass_type_id: CertificateCreateRequestDataRelationshipsPassTypeId | Unset
            if isinstance(_pass_type_id, Unset):
                pass_type_id = UNSET
            else:
                pass_type_id = CertificateCreateRequestDataRelationshipsPassTypeId.from_dict(_pass_type_id)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.merchant_id = merchant_id
        _model.pass_type_id = pass_type_id
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

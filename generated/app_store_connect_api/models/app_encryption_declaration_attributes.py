from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_encryption_declaration_state import AppEncryptionDeclarationState
from ..models.platform import Platform
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppEncryptionDeclarationAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appDescription",
        "appEncryptionDeclarationState",
        "availableOnFrenchStore",
        "codeValue",
        "containsProprietaryCryptography",
        "containsThirdPartyCryptography",
        "createdDate",
        "documentName",
        "documentType",
        "documentUrl",
        "exempt",
        "platform",
        "uploadedDate",
        "usesEncryption",
    }
)


@_attrs_define(repr=False)
class AppEncryptionDeclarationAttributes:
    """
    Attributes:
        app_description (str | Unset):
        app_encryption_declaration_state (AppEncryptionDeclarationState | Unset):
        available_on_french_store (bool | Unset):
        code_value (str | Unset):
        contains_proprietary_cryptography (bool | Unset):
        contains_third_party_cryptography (bool | Unset):
        created_date (datetime.datetime | Unset):
        document_name (str | Unset):
        document_type (str | Unset):
        document_url (str | Unset):
        exempt (bool | Unset):
        platform (Platform | Unset):
        uploaded_date (datetime.datetime | Unset):
        uses_encryption (bool | Unset):
    """

    app_description: str | None = None
    app_encryption_declaration_state: AppEncryptionDeclarationState | None = None
    available_on_french_store: bool | None = None
    code_value: str | None = None
    contains_proprietary_cryptography: bool | None = None
    contains_third_party_cryptography: bool | None = None
    created_date: datetime.datetime | None = None
    document_name: str | None = None
    document_type: str | None = None
    document_url: str | None = None
    exempt: bool | None = None
    platform: Platform | None = None
    uploaded_date: datetime.datetime | None = None
    uses_encryption: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_description = self.app_description

        app_encryption_declaration_state: Any = None
        if self.app_encryption_declaration_state is not None:
            app_encryption_declaration_state = self.app_encryption_declaration_state.value

        available_on_french_store = self.available_on_french_store

        code_value = self.code_value

        contains_proprietary_cryptography = self.contains_proprietary_cryptography

        contains_third_party_cryptography = self.contains_third_party_cryptography

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        document_name = self.document_name

        document_type = self.document_type

        document_url = self.document_url

        exempt = self.exempt

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        uploaded_date: Any = None
        if self.uploaded_date is not None:
            uploaded_date = self.uploaded_date.isoformat()

        uses_encryption = self.uses_encryption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_description is not None:
            field_dict["appDescription"] = app_description
        if app_encryption_declaration_state is not None:
            field_dict["appEncryptionDeclarationState"] = app_encryption_declaration_state
        if available_on_french_store is not None:
            field_dict["availableOnFrenchStore"] = available_on_french_store
        if code_value is not None:
            field_dict["codeValue"] = code_value
        if contains_proprietary_cryptography is not None:
            field_dict["containsProprietaryCryptography"] = contains_proprietary_cryptography
        if contains_third_party_cryptography is not None:
            field_dict["containsThirdPartyCryptography"] = contains_third_party_cryptography
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if document_name is not None:
            field_dict["documentName"] = document_name
        if document_type is not None:
            field_dict["documentType"] = document_type
        if document_url is not None:
            field_dict["documentUrl"] = document_url
        if exempt is not None:
            field_dict["exempt"] = exempt
        if platform is not None:
            field_dict["platform"] = platform
        if uploaded_date is not None:
            field_dict["uploadedDate"] = uploaded_date
        if uses_encryption is not None:
            field_dict["usesEncryption"] = uses_encryption
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_description = src_dict.get("appDescription")

        _raw_app_encryption_declaration_state = src_dict.get("appEncryptionDeclarationState")
        if _raw_app_encryption_declaration_state is None:
            app_encryption_declaration_state = None
        else:
            app_encryption_declaration_state = AppEncryptionDeclarationState.of(
                _raw_app_encryption_declaration_state
            )

        available_on_french_store = src_dict.get("availableOnFrenchStore")

        code_value = src_dict.get("codeValue")

        contains_proprietary_cryptography = src_dict.get("containsProprietaryCryptography")

        contains_third_party_cryptography = src_dict.get("containsThirdPartyCryptography")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        document_name = src_dict.get("documentName")

        document_type = src_dict.get("documentType")

        document_url = src_dict.get("documentUrl")

        exempt = src_dict.get("exempt")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        _raw_uploaded_date = src_dict.get("uploadedDate")
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        uses_encryption = src_dict.get("usesEncryption")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_description = app_description
        _model.app_encryption_declaration_state = app_encryption_declaration_state
        _model.available_on_french_store = available_on_french_store
        _model.code_value = code_value
        _model.contains_proprietary_cryptography = contains_proprietary_cryptography
        _model.contains_third_party_cryptography = contains_third_party_cryptography
        _model.created_date = created_date
        _model.document_name = document_name
        _model.document_type = document_type
        _model.document_url = document_url
        _model.exempt = exempt
        _model.platform = platform
        _model.uploaded_date = uploaded_date
        _model.uses_encryption = uses_encryption
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

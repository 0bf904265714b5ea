from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_encryption_declaration_state import AppEncryptionDeclarationState
from ..models.platform import Platform
from ..types import model_repr

T = TypeVar("T", bound="AppEncryptionDeclarationAttributes")


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
        d = dict(src_dict)
        app_description = d.pop("appDescription", None)

        _raw_app_encryption_declaration_state = d.pop("appEncryptionDeclarationState", None)
        if _raw_app_encryption_declaration_state is None:
            app_encryption_declaration_state = None
        else:
            app_encryption_declaration_state = AppEncryptionDeclarationState(
                _raw_app_encryption_declaration_state
            )

        available_on_french_store = d.pop("availableOnFrenchStore", None)

        code_value = d.pop("codeValue", None)

        contains_proprietary_cryptography = d.pop("containsProprietaryCryptography", None)

        contains_third_party_cryptography = d.pop("containsThirdPartyCryptography", None)

        _raw_created_date = d.pop("createdDate", None)
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        document_name = d.pop("documentName", None)

        document_type = d.pop("documentType", None)

        document_url = d.pop("documentUrl", None)

        exempt = d.pop("exempt", None)

        _raw_platform = d.pop("platform", None)
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform(_raw_platform)

        _raw_uploaded_date = d.pop("uploadedDate", None)
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        uses_encryption = d.pop("usesEncryption", None)

        app_encryption_declaration_attributes = cls(
            app_description=app_description,
            app_encryption_declaration_state=app_encryption_declaration_state,
            available_on_french_store=available_on_french_store,
            code_value=code_value,
            contains_proprietary_cryptography=contains_proprietary_cryptography,
            contains_third_party_cryptography=contains_third_party_cryptography,
            created_date=created_date,
            document_name=document_name,
            document_type=document_type,
            document_url=document_url,
            exempt=exempt,
            platform=platform,
            uploaded_date=uploaded_date,
            uses_encryption=uses_encryption,
        )
        app_encryption_declaration_attributes.additional_properties = d
        return app_encryption_declaration_attributes

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

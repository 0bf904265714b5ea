from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_encryption_declaration_state import AppEncryptionDeclarationState
from ..models.platform import Platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEncryptionDeclarationAttributes")


@_attrs_define
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

    app_description: str | Unset | None = UNSET
    app_encryption_declaration_state: AppEncryptionDeclarationState | Unset | None = UNSET
    available_on_french_store: bool | Unset | None = UNSET
    code_value: str | Unset | None = UNSET
    contains_proprietary_cryptography: bool | Unset | None = UNSET
    contains_third_party_cryptography: bool | Unset | None = UNSET
    created_date: datetime.datetime | Unset | None = UNSET
    document_name: str | Unset | None = UNSET
    document_type: str | Unset | None = UNSET
    document_url: str | Unset | None = UNSET
    exempt: bool | Unset | None = UNSET
    platform: Platform | Unset | None = UNSET
    uploaded_date: datetime.datetime | Unset | None = UNSET
    uses_encryption: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_description = self.app_description

        app_encryption_declaration_state: str | Unset | None
        if self.app_encryption_declaration_state is None:
            app_encryption_declaration_state = None
        else:
            app_encryption_declaration_state = UNSET
            if not isinstance(self.app_encryption_declaration_state, Unset):
                app_encryption_declaration_state = self.app_encryption_declaration_state.value

        available_on_french_store = self.available_on_french_store

        code_value = self.code_value

        contains_proprietary_cryptography = self.contains_proprietary_cryptography

        contains_third_party_cryptography = self.contains_third_party_cryptography

        created_date: str | Unset | None
        if self.created_date is None:
            created_date = None
        else:
            created_date = UNSET
            if not isinstance(self.created_date, Unset):
                created_date = self.created_date.isoformat()

        document_name = self.document_name

        document_type = self.document_type

        document_url = self.document_url

        exempt = self.exempt

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        uploaded_date: str | Unset | None
        if self.uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = UNSET
            if not isinstance(self.uploaded_date, Unset):
                uploaded_date = self.uploaded_date.isoformat()

        uses_encryption = self.uses_encryption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_description is not UNSET:
            field_dict["appDescription"] = app_description
        if app_encryption_declaration_state is not UNSET:
            field_dict["appEncryptionDeclarationState"] = app_encryption_declaration_state
        if available_on_french_store is not UNSET:
            field_dict["availableOnFrenchStore"] = available_on_french_store
        if code_value is not UNSET:
            field_dict["codeValue"] = code_value
        if contains_proprietary_cryptography is not UNSET:
            field_dict["containsProprietaryCryptography"] = contains_proprietary_cryptography
        if contains_third_party_cryptography is not UNSET:
            field_dict["containsThirdPartyCryptography"] = contains_third_party_cryptography
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if document_name is not UNSET:
            field_dict["documentName"] = document_name
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_url is not UNSET:
            field_dict["documentUrl"] = document_url
        if exempt is not UNSET:
            field_dict["exempt"] = exempt
        if platform is not UNSET:
            field_dict["platform"] = platform
        if uploaded_date is not UNSET:
            field_dict["uploadedDate"] = uploaded_date
        if uses_encryption is not UNSET:
            field_dict["usesEncryption"] = uses_encryption
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_description = d.pop("appDescription", UNSET)

        _raw_app_encryption_declaration_state = d.pop("appEncryptionDeclarationState", UNSET)
        if _raw_app_encryption_declaration_state is None:
            app_encryption_declaration_state = None
        else:
            _app_encryption_declaration_state = _raw_app_encryption_declaration_state
            app_encryption_declaration_state: AppEncryptionDeclarationState | Unset
            if isinstance(_app_encryption_declaration_state, Unset):
                app_encryption_declaration_state = UNSET
            else:
                app_encryption_declaration_state = AppEncryptionDeclarationState(
                    _app_encryption_declaration_state
                )

        available_on_french_store = d.pop("availableOnFrenchStore", UNSET)

        code_value = d.pop("codeValue", UNSET)

        contains_proprietary_cryptography = d.pop("containsProprietaryCryptography", UNSET)

        contains_third_party_cryptography = d.pop("containsThirdPartyCryptography", UNSET)

        _raw_created_date = d.pop("createdDate", UNSET)
        if _raw_created_date is None:
            created_date = None
        else:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = datetime.datetime.fromisoformat(_created_date)

        document_name = d.pop("documentName", UNSET)

        document_type = d.pop("documentType", UNSET)

        document_url = d.pop("documentUrl", UNSET)

        exempt = d.pop("exempt", UNSET)

        _raw_platform = d.pop("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: Platform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = Platform(_platform)

        _raw_uploaded_date = d.pop("uploadedDate", UNSET)
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            _uploaded_date = _raw_uploaded_date
            uploaded_date: datetime.datetime | Unset
            if isinstance(_uploaded_date, Unset):
                uploaded_date = UNSET
            else:
                uploaded_date = datetime.datetime.fromisoformat(_uploaded_date)

        uses_encryption = d.pop("usesEncryption", UNSET)

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

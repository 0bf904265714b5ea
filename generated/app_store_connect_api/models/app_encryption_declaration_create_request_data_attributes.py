from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppEncryptionDeclarationCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appDescription",
        "availableOnFrenchStore",
        "containsProprietaryCryptography",
        "containsThirdPartyCryptography",
    }
)


@_attrs_define(repr=False)
class AppEncryptionDeclarationCreateRequestDataAttributes:
    """
    Attributes:
        app_description (str):
        available_on_french_store (bool):
        contains_proprietary_cryptography (bool):
        contains_third_party_cryptography (bool):
    """

    app_description: str
    available_on_french_store: bool
    contains_proprietary_cryptography: bool
    contains_third_party_cryptography: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_description = self.app_description

        available_on_french_store = self.available_on_french_store

        contains_proprietary_cryptography = self.contains_proprietary_cryptography

        contains_third_party_cryptography = self.contains_third_party_cryptography

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["appDescription"] = app_description
        field_dict["availableOnFrenchStore"] = available_on_french_store
        field_dict["containsProprietaryCryptography"] = contains_proprietary_cryptography
        field_dict["containsThirdPartyCryptography"] = contains_third_party_cryptography
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_description = src_dict["appDescription"]

        available_on_french_store = src_dict["availableOnFrenchStore"]

        contains_proprietary_cryptography = src_dict["containsProprietaryCryptography"]

        contains_third_party_cryptography = src_dict["containsThirdPartyCryptography"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_description = app_description
        _model.available_on_french_store = available_on_french_store
        _model.contains_proprietary_cryptography = contains_proprietary_cryptography
        _model.contains_third_party_cryptography = contains_third_party_cryptography
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

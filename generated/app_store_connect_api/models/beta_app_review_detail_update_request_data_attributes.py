from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="BetaAppReviewDetailUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "contactEmail",
        "contactFirstName",
        "contactLastName",
        "contactPhone",
        "demoAccountName",
        "demoAccountPassword",
        "demoAccountRequired",
        "notes",
    }
)


@_attrs_define(repr=False)
class BetaAppReviewDetailUpdateRequestDataAttributes:
    """
    Attributes:
        contact_email (None | str | Unset):
        contact_first_name (None | str | Unset):
        contact_last_name (None | str | Unset):
        contact_phone (None | str | Unset):
        demo_account_name (None | str | Unset):
        demo_account_password (None | str | Unset):
        demo_account_required (bool | None | Unset):
        notes (None | str | Unset):
    """

    contact_email: None | str | Unset = UNSET
    contact_first_name: None | str | Unset = UNSET
    contact_last_name: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    demo_account_name: None | str | Unset = UNSET
    demo_account_password: None | str | Unset = UNSET
    demo_account_required: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_first_name: None | str | Unset
        if isinstance(self.contact_first_name, Unset):
            contact_first_name = UNSET
        else:
            contact_first_name = self.contact_first_name

        contact_last_name: None | str | Unset
        if isinstance(self.contact_last_name, Unset):
            contact_last_name = UNSET
        else:
            contact_last_name = self.contact_last_name

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        demo_account_name: None | str | Unset
        if isinstance(self.demo_account_name, Unset):
            demo_account_name = UNSET
        else:
            demo_account_name = self.demo_account_name

        demo_account_password: None | str | Unset
        if isinstance(self.demo_account_password, Unset):
            demo_account_password = UNSET
        else:
            demo_account_password = self.demo_account_password

        demo_account_required: bool | None | Unset
        if isinstance(self.demo_account_required, Unset):
            demo_account_required = UNSET
        else:
            demo_account_required = self.demo_account_required

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if contact_first_name is not UNSET:
            field_dict["contactFirstName"] = contact_first_name
        if contact_last_name is not UNSET:
            field_dict["contactLastName"] = contact_last_name
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone
        if demo_account_name is not UNSET:
            field_dict["demoAccountName"] = demo_account_name
        if demo_account_password is not UNSET:
            field_dict["demoAccountPassword"] = demo_account_password
        if demo_account_required is not UNSET:
            field_dict["demoAccountRequired"] = demo_account_required
        if notes is not UNSET:
            field_dict["notes"] = notes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(src_dict.get("contactEmail", UNSET))

        def _parse_contact_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_first_name = _parse_contact_first_name(src_dict.get("contactFirstName", UNSET))

        def _parse_contact_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_last_name = _parse_contact_last_name(src_dict.get("contactLastName", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(src_dict.get("contactPhone", UNSET))

        def _parse_demo_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demo_account_name = _parse_demo_account_name(src_dict.get("demoAccountName", UNSET))

        def _parse_demo_account_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demo_account_password = _parse_demo_account_password(src_dict.get("demoAccountPassword", UNSET))

        def _parse_demo_account_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        demo_account_required = _parse_demo_account_required(src_dict.get("demoAccountRequired", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(src_dict.get("notes", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.contact_email = contact_email
        _model.contact_first_name = contact_first_name
        _model.contact_last_name = contact_last_name
        _model.contact_phone = contact_phone
        _model.demo_account_name = demo_account_name
        _model.demo_account_password = demo_account_password
        _model.demo_account_required = demo_account_required
        _model.notes = notes
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

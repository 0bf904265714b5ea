from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaAppReviewDetailAttributes")
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
class BetaAppReviewDetailAttributes:
    """
    Attributes:
        contact_email (str | Unset):
        contact_first_name (str | Unset):
        contact_last_name (str | Unset):
        contact_phone (str | Unset):
        demo_account_name (str | Unset):
        demo_account_password (str | Unset):
        demo_account_required (bool | Unset):
        notes (str | Unset):
    """

    contact_email: str | None = None
    contact_first_name: str | None = None
    contact_last_name: str | None = None
    contact_phone: str | None = None
    demo_account_name: str | None = None
    demo_account_password: str | None = None
    demo_account_required: bool | None = None
    notes: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        contact_first_name = self.contact_first_name

        contact_last_name = self.contact_last_name

        contact_phone = self.contact_phone

        demo_account_name = self.demo_account_name

        demo_account_password = self.demo_account_password

        demo_account_required = self.demo_account_required

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contact_email is not None:
            field_dict["contactEmail"] = contact_email
        if contact_first_name is not None:
            field_dict["contactFirstName"] = contact_first_name
        if contact_last_name is not None:
            field_dict["contactLastName"] = contact_last_name
        if contact_phone is not None:
            field_dict["contactPhone"] = contact_phone
        if demo_account_name is not None:
            field_dict["demoAccountName"] = demo_account_name
        if demo_account_password is not None:
            field_dict["demoAccountPassword"] = demo_account_password
        if demo_account_required is not None:
            field_dict["demoAccountRequired"] = demo_account_required
        if notes is not None:
            field_dict["notes"] = notes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        contact_email = src_dict.get("contactEmail")

        contact_first_name = src_dict.get("contactFirstName")

        contact_last_name = src_dict.get("contactLastName")

        contact_phone = src_dict.get("contactPhone")

        demo_account_name = src_dict.get("demoAccountName")

        demo_account_password = src_dict.get("demoAccountPassword")

        demo_account_required = src_dict.get("demoAccountRequired")

        notes = src_dict.get("notes")

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

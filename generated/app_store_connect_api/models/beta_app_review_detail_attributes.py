from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BetaAppReviewDetailAttributes")


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
        d = dict(src_dict)
        contact_email = d.pop("contactEmail", None)

        contact_first_name = d.pop("contactFirstName", None)

        contact_last_name = d.pop("contactLastName", None)

        contact_phone = d.pop("contactPhone", None)

        demo_account_name = d.pop("demoAccountName", None)

        demo_account_password = d.pop("demoAccountPassword", None)

        demo_account_required = d.pop("demoAccountRequired", None)

        notes = d.pop("notes", None)

        beta_app_review_detail_attributes = cls(
            contact_email=contact_email,
            contact_first_name=contact_first_name,
            contact_last_name=contact_last_name,
            contact_phone=contact_phone,
            demo_account_name=demo_account_name,
            demo_account_password=demo_account_password,
            demo_account_required=demo_account_required,
            notes=notes,
        )
        beta_app_review_detail_attributes.additional_properties = d
        return beta_app_review_detail_attributes

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

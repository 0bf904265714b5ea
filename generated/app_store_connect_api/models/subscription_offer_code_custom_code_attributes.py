from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionOfferCodeCustomCodeAttributes")
_KNOWN_KEYS = frozenset(
    {
        "active",
        "createdDate",
        "customCode",
        "expirationDate",
        "numberOfCodes",
    }
)


@_attrs_define(repr=False)
class SubscriptionOfferCodeCustomCodeAttributes:
    """
    Attributes:
        active (bool | Unset):
        created_date (datetime.datetime | Unset):
        custom_code (str | Unset):
        expiration_date (datetime.date | Unset):
        number_of_codes (int | Unset):
    """

    active: bool | None = None
    created_date: datetime.datetime | None = None
    custom_code: str | None = None
    expiration_date: datetime.date | None = None
    number_of_codes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        custom_code = self.custom_code

        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        number_of_codes = self.number_of_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active is not None:
            field_dict["active"] = active
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if custom_code is not None:
            field_dict["customCode"] = custom_code
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if number_of_codes is not None:
            field_dict["numberOfCodes"] = number_of_codes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        active = src_dict.get("active")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        custom_code = src_dict.get("customCode")

        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.date.fromisoformat(_raw_expiration_date)

        number_of_codes = src_dict.get("numberOfCodes")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.active = active
        _model.created_date = created_date
        _model.custom_code = custom_code
        _model.expiration_date = expiration_date
        _model.number_of_codes = number_of_codes
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customCode",
        "numberOfCodes",
        "expirationDate",
    }
)


@_attrs_define(repr=False)
class SubscriptionOfferCodeCustomCodeCreateRequestDataAttributes:
    """
    Attributes:
        custom_code (str):
        number_of_codes (int):
        expiration_date (datetime.date | None | Unset):
    """

    custom_code: str
    number_of_codes: int
    expiration_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_code = self.custom_code

        number_of_codes = self.number_of_codes

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customCode"] = custom_code
        field_dict["numberOfCodes"] = number_of_codes
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        custom_code = src_dict["customCode"]

        number_of_codes = src_dict["numberOfCodes"]

        def _parse_expiration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiration_date = _parse_expiration_date(src_dict.get("expirationDate", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.custom_code = custom_code
        _model.number_of_codes = number_of_codes
        _model.expiration_date = expiration_date
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_code_environment import OfferCodeEnvironment
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "expirationDate",
        "numberOfCodes",
        "environment",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseOfferCodeOneTimeUseCodeCreateRequestDataAttributes:
    """
    Attributes:
        expiration_date (datetime.date):
        number_of_codes (int):
        environment (OfferCodeEnvironment | Unset):
    """

    expiration_date: datetime.date
    number_of_codes: int
    environment: OfferCodeEnvironment | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expiration_date = self.expiration_date.isoformat()

        number_of_codes = self.number_of_codes

        environment: str | Unset | None
        if self.environment is None:
            environment = None
        else:
            environment = UNSET
            if not isinstance(self.environment, Unset):
                environment = self.environment.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["expirationDate"] = expiration_date
        field_dict["numberOfCodes"] = number_of_codes
        if environment is not UNSET:
            field_dict["environment"] = environment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        expiration_date = datetime.date.fromisoformat(src_dict["expirationDate"])

        number_of_codes = src_dict["numberOfCodes"]

        _raw_environment = src_dict.get("environment", UNSET)
        if _raw_environment is None:
            environment = None
        else:
            _environment = _raw_environment
            environment: OfferCodeEnvironment | Unset
            if isinstance(_environment, Unset):
                environment = UNSET
            else:
                environment = OfferCodeEnvironment.of(_environment)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.expiration_date = expiration_date
        _model.number_of_codes = number_of_codes
        _model.environment = environment
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

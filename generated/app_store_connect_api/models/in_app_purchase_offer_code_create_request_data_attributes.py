from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_app_purchase_offer_code_create_request_data_attributes_customer_eligibilities_item import (
    InAppPurchaseOfferCodeCreateRequestDataAttributesCustomerEligibilitiesItem,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseOfferCodeCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customerEligibilities",
        "name",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseOfferCodeCreateRequestDataAttributes:
    """
    Attributes:
        customer_eligibilities (list[InAppPurchaseOfferCodeCreateRequestDataAttributesCustomerEligibilitiesItem]):
        name (str):
    """

    customer_eligibilities: list[InAppPurchaseOfferCodeCreateRequestDataAttributesCustomerEligibilitiesItem]
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_eligibilities = []
        for customer_eligibilities_item_data in self.customer_eligibilities:
            customer_eligibilities_item = customer_eligibilities_item_data.value
            customer_eligibilities.append(customer_eligibilities_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customerEligibilities"] = customer_eligibilities
        field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer_eligibilities = []
        _customer_eligibilities = src_dict["customerEligibilities"]
        for customer_eligibilities_item_data in _customer_eligibilities:
            customer_eligibilities_item = (
                InAppPurchaseOfferCodeCreateRequestDataAttributesCustomerEligibilitiesItem.of(
                    customer_eligibilities_item_data
                )
            )

            customer_eligibilities.append(customer_eligibilities_item)

        name = src_dict["name"]

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.customer_eligibilities = customer_eligibilities
        _model.name = name
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

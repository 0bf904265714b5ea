from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_app_purchase_offer_code_attributes_customer_eligibilities_item import (
    InAppPurchaseOfferCodeAttributesCustomerEligibilitiesItem,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseOfferCodeAttributes")
_KNOWN_KEYS = frozenset(
    {
        "active",
        "customerEligibilities",
        "name",
        "productionCodeCount",
        "sandboxCodeCount",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseOfferCodeAttributes:
    """
    Attributes:
        active (bool | Unset):
        customer_eligibilities (list[InAppPurchaseOfferCodeAttributesCustomerEligibilitiesItem] | Unset):
        name (str | Unset):
        production_code_count (int | Unset):
        sandbox_code_count (int | Unset):
    """

    active: bool | None = None
    customer_eligibilities: list[InAppPurchaseOfferCodeAttributesCustomerEligibilitiesItem] | None = None
    name: str | None = None
    production_code_count: int | None = None
    sandbox_code_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        customer_eligibilities: Any = None
        if self.customer_eligibilities is not None:
            customer_eligibilities = []
            for customer_eligibilities_item_data in self.customer_eligibilities:
                customer_eligibilities_item = customer_eligibilities_item_data.value
                customer_eligibilities.append(customer_eligibilities_item)

        name = self.name

        production_code_count = self.production_code_count

        sandbox_code_count = self.sandbox_code_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active is not None:
            field_dict["active"] = active
        if customer_eligibilities is not None:
            field_dict["customerEligibilities"] = customer_eligibilities
        if name is not None:
            field_dict["name"] = name
        if production_code_count is not None:
            field_dict["productionCodeCount"] = production_code_count
        if sandbox_code_count is not None:
            field_dict["sandboxCodeCount"] = sandbox_code_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        active = src_dict.get("active")

        _raw_customer_eligibilities = src_dict.get("customerEligibilities")
        if _raw_customer_eligibilities is None:
            customer_eligibilities = None
        else:
            customer_eligibilities = []
            _customer_eligibilities = _raw_customer_eligibilities
            for customer_eligibilities_item_data in _customer_eligibilities:
                customer_eligibilities_item = InAppPurchaseOfferCodeAttributesCustomerEligibilitiesItem.of(
                    customer_eligibilities_item_data
                )

                customer_eligibilities.append(customer_eligibilities_item)

        name = src_dict.get("name")

        production_code_count = src_dict.get("productionCodeCount")

        sandbox_code_count = src_dict.get("sandboxCodeCount")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.active = active
        _model.customer_eligibilities = customer_eligibilities
        _model.name = name
        _model.production_code_count = production_code_count
        _model.sandbox_code_count = sandbox_code_count
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

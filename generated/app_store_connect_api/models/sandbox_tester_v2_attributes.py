from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_tester_v2_attributes_subscription_renewal_rate import (
    SandboxTesterV2AttributesSubscriptionRenewalRate,
)
from ..models.territory_code import TerritoryCode
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SandboxTesterV2Attributes")
_KNOWN_KEYS = frozenset(
    {
        "acAccountName",
        "applePayCompatible",
        "firstName",
        "interruptPurchases",
        "lastName",
        "subscriptionRenewalRate",
        "territory",
    }
)


@_attrs_define(repr=False)
class SandboxTesterV2Attributes:
    """
    Attributes:
        ac_account_name (str | Unset):
        apple_pay_compatible (bool | Unset):
        first_name (str | Unset):
        interrupt_purchases (bool | Unset):
        last_name (str | Unset):
        subscription_renewal_rate (SandboxTesterV2AttributesSubscriptionRenewalRate | Unset):
        territory (TerritoryCode | Unset):
    """

    ac_account_name: str | None = None
    apple_pay_compatible: bool | None = None
    first_name: str | None = None
    interrupt_purchases: bool | None = None
    last_name: str | None = None
    subscription_renewal_rate: SandboxTesterV2AttributesSubscriptionRenewalRate | None = None
    territory: TerritoryCode | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        ac_account_name = self.ac_account_name

        apple_pay_compatible = self.apple_pay_compatible

        first_name = self.first_name

        interrupt_purchases = self.interrupt_purchases

        last_name = self.last_name

        subscription_renewal_rate: Any = None
        if self.subscription_renewal_rate is not None:
            subscription_renewal_rate = self.subscription_renewal_rate.value

        territory: Any = None
        if self.territory is not None:
            territory = self.territory.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ac_account_name is not None:
            field_dict["acAccountName"] = ac_account_name
        if apple_pay_compatible is not None:
            field_dict["applePayCompatible"] = apple_pay_compatible
        if first_name is not None:
            field_dict["firstName"] = first_name
        if interrupt_purchases is not None:
            field_dict["interruptPurchases"] = interrupt_purchases
        if last_name is not None:
            field_dict["lastName"] = last_name
        if subscription_renewal_rate is not None:
            field_dict["subscriptionRenewalRate"] = subscription_renewal_rate
        if territory is not None:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        ac_account_name = src_dict.get("acAccountName")

        apple_pay_compatible = src_dict.get("applePayCompatible")

        first_name = src_dict.get("firstName")

        interrupt_purchases = src_dict.get("interruptPurchases")

        last_name = src_dict.get("lastName")

        _raw_subscription_renewal_rate = src_dict.get("subscriptionRenewalRate")
        if _raw_subscription_renewal_rate is None:
            subscription_renewal_rate = None
        else:
            subscription_renewal_rate = SandboxTesterV2AttributesSubscriptionRenewalRate.of(
                _raw_subscription_renewal_rate
            )

        _raw_territory = src_dict.get("territory")
        if _raw_territory is None:
            territory = None
        else:
            territory = TerritoryCode.of(_raw_territory)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.ac_account_name = ac_account_name
        _model.apple_pay_compatible = apple_pay_compatible
        _model.first_name = first_name
        _model.interrupt_purchases = interrupt_purchases
        _model.last_name = last_name
        _model.subscription_renewal_rate = subscription_renewal_rate
        _model.territory = territory
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_tester_v2_update_request_data_attributes_subscription_renewal_rate import (
    SandboxTesterV2UpdateRequestDataAttributesSubscriptionRenewalRate,
)
from ..models.territory_code import TerritoryCode
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SandboxTesterV2UpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "interruptPurchases",
        "subscriptionRenewalRate",
        "territory",
    }
)


@_attrs_define(repr=False)
class SandboxTesterV2UpdateRequestDataAttributes:
    """
    Attributes:
        interrupt_purchases (bool | None | Unset):
        subscription_renewal_rate (SandboxTesterV2UpdateRequestDataAttributesSubscriptionRenewalRate | Unset):
        territory (TerritoryCode | Unset):
    """

    interrupt_purchases: bool | None | Unset = UNSET
    subscription_renewal_rate: (
        SandboxTesterV2UpdateRequestDataAttributesSubscriptionRenewalRate | Unset | None
    ) = UNSET
    territory: TerritoryCode | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        interrupt_purchases: bool | None | Unset
        if isinstance(self.interrupt_purchases, Unset):
            interrupt_purchases = UNSET
        else:
            interrupt_purchases = self.interrupt_purchases

        subscription_renewal_rate: str | Unset | None
        if self.subscription_renewal_rate is None:
            subscription_renewal_rate = None
        else:
            subscription_renewal_rate = UNSET
            if not isinstance(self.subscription_renewal_rate, Unset):
                subscription_renewal_rate = self.subscription_renewal_rate.value

        territory: str | Unset | None
        if self.territory is None:
            territory = None
        else:
            territory = UNSET
            if not isinstance(self.territory, Unset):
                territory = self.territory.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if interrupt_purchases is not UNSET:
            field_dict["interruptPurchases"] = interrupt_purchases
        if subscription_renewal_rate is not UNSET:
            field_dict["subscriptionRenewalRate"] = subscription_renewal_rate
        if territory is not UNSET:
            field_dict["territory"] = territory
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_interrupt_purchases(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        interrupt_purchases = _parse_interrupt_purchases(src_dict.get("interruptPurchases", UNSET))

        _raw_subscription_renewal_rate = src_dict.get("subscriptionRenewalRate", UNSET)
        if _raw_subscription_renewal_rate is None:
            subscription_renewal_rate = None
        else:
            _subscription_renewal_rate = _raw_subscription_renewal_rate
            subscription_renewal_rate: (
                SandboxTesterV2UpdateRequestDataAttributesSubscriptionRenewalRate | Unset
            )
            if isinstance(_subscription_renewal_rate, Unset):
                subscription_renewal_rate = UNSET
            else:
                subscription_renewal_rate = (
                    SandboxTesterV2UpdateRequestDataAttributesSubscriptionRenewalRate.of(
                        _subscription_renewal_rate
                    )
                )

        _raw_territory = src_dict.get("territory", UNSET)
        if _raw_territory is None:
            territory = None
        else:
            _territory = _raw_territory
            territory: TerritoryCode | Unset
            if isinstance(_territory, Unset):
                territory = UNSET
            else:
                territory = TerritoryCode.of(_territory)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.interrupt_purchases = interrupt_purchases
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

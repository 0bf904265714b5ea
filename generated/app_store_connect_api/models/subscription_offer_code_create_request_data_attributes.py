from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_customer_eligibility import SubscriptionCustomerEligibility
from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_eligibility import SubscriptionOfferEligibility
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SubscriptionOfferCodeCreateRequestDataAttributes")


@_attrs_define(repr=False)
class SubscriptionOfferCodeCreateRequestDataAttributes:
    """
    Attributes:
        customer_eligibilities (list[SubscriptionCustomerEligibility]):
        duration (SubscriptionOfferDuration):
        name (str):
        number_of_periods (int):
        offer_eligibility (SubscriptionOfferEligibility):
        offer_mode (SubscriptionOfferMode):
        auto_renew_enabled (bool | None | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    customer_eligibilities: list[SubscriptionCustomerEligibility]
    duration: SubscriptionOfferDuration
    name: str
    number_of_periods: int
    offer_eligibility: SubscriptionOfferEligibility
    offer_mode: SubscriptionOfferMode
    auto_renew_enabled: bool | None | Unset = UNSET
    target_subscription_plan_type: SubscriptionPlanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        customer_eligibilities = []
        for customer_eligibilities_item_data in self.customer_eligibilities:
            customer_eligibilities_item = customer_eligibilities_item_data.value
            customer_eligibilities.append(customer_eligibilities_item)

        duration = self.duration.value

        name = self.name

        number_of_periods = self.number_of_periods

        offer_eligibility = self.offer_eligibility.value

        offer_mode = self.offer_mode.value

        auto_renew_enabled: bool | None | Unset
        if isinstance(self.auto_renew_enabled, Unset):
            auto_renew_enabled = UNSET
        else:
            auto_renew_enabled = self.auto_renew_enabled

        target_subscription_plan_type: str | Unset | None
        if self.target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = UNSET
            if not isinstance(self.target_subscription_plan_type, Unset):
                target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customerEligibilities"] = customer_eligibilities
        field_dict["duration"] = duration
        field_dict["name"] = name
        field_dict["numberOfPeriods"] = number_of_periods
        field_dict["offerEligibility"] = offer_eligibility
        field_dict["offerMode"] = offer_mode
        if auto_renew_enabled is not UNSET:
            field_dict["autoRenewEnabled"] = auto_renew_enabled
        if target_subscription_plan_type is not UNSET:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_eligibilities = []
        _customer_eligibilities = d.pop("customerEligibilities")
        for customer_eligibilities_item_data in _customer_eligibilities:
            customer_eligibilities_item = SubscriptionCustomerEligibility(customer_eligibilities_item_data)

            customer_eligibilities.append(customer_eligibilities_item)

        duration = SubscriptionOfferDuration(d.pop("duration"))

        name = d.pop("name")

        number_of_periods = d.pop("numberOfPeriods")

        offer_eligibility = SubscriptionOfferEligibility(d.pop("offerEligibility"))

        offer_mode = SubscriptionOfferMode(d.pop("offerMode"))

        def _parse_auto_renew_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renew_enabled = _parse_auto_renew_enabled(d.pop("autoRenewEnabled", UNSET))

        _raw_target_subscription_plan_type = d.pop("targetSubscriptionPlanType", UNSET)
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            _target_subscription_plan_type = _raw_target_subscription_plan_type
            target_subscription_plan_type: SubscriptionPlanType | Unset
            if isinstance(_target_subscription_plan_type, Unset):
                target_subscription_plan_type = UNSET
            else:
                target_subscription_plan_type = SubscriptionPlanType(_target_subscription_plan_type)

        subscription_offer_code_create_request_data_attributes = cls(
            customer_eligibilities=customer_eligibilities,
            duration=duration,
            name=name,
            number_of_periods=number_of_periods,
            offer_eligibility=offer_eligibility,
            offer_mode=offer_mode,
            auto_renew_enabled=auto_renew_enabled,
            target_subscription_plan_type=target_subscription_plan_type,
        )
        subscription_offer_code_create_request_data_attributes.additional_properties = d
        return subscription_offer_code_create_request_data_attributes

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

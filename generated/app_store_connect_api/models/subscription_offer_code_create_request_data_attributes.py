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
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionOfferCodeCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customerEligibilities",
        "duration",
        "name",
        "numberOfPeriods",
        "offerEligibility",
        "offerMode",
        "autoRenewEnabled",
        "targetSubscriptionPlanType",
    }
)


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
        customer_eligibilities = []
        _customer_eligibilities = src_dict["customerEligibilities"]
        for customer_eligibilities_item_data in _customer_eligibilities:
            customer_eligibilities_item = SubscriptionCustomerEligibility.of(customer_eligibilities_item_data)

            customer_eligibilities.append(customer_eligibilities_item)

        duration = SubscriptionOfferDuration.of(src_dict["duration"])

        name = src_dict["name"]

        number_of_periods = src_dict["numberOfPeriods"]

        offer_eligibility = SubscriptionOfferEligibility.of(src_dict["offerEligibility"])

        offer_mode = SubscriptionOfferMode.of(src_dict["offerMode"])

        def _parse_auto_renew_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renew_enabled = _parse_auto_renew_enabled(src_dict.get("autoRenewEnabled", UNSET))

        _raw_target_subscription_plan_type = src_dict.get("targetSubscriptionPlanType", UNSET)
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            _target_subscription_plan_type = _raw_target_subscription_plan_type
            target_subscription_plan_type: SubscriptionPlanType | Unset
            if isinstance(_target_subscription_plan_type, Unset):
                target_subscription_plan_type = UNSET
            else:
                target_subscription_plan_type = SubscriptionPlanType.of(_target_subscription_plan_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.customer_eligibilities = customer_eligibilities
        _model.duration = duration
        _model.name = name
        _model.number_of_periods = number_of_periods
        _model.offer_eligibility = offer_eligibility
        _model.offer_mode = offer_mode
        _model.auto_renew_enabled = auto_renew_enabled
        _model.target_subscription_plan_type = target_subscription_plan_type
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

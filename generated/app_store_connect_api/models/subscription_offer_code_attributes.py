from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_customer_eligibility import SubscriptionCustomerEligibility
from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_eligibility import SubscriptionOfferEligibility
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="SubscriptionOfferCodeAttributes")
_KNOWN_KEYS = frozenset(
    {
        "active",
        "autoRenewEnabled",
        "customerEligibilities",
        "duration",
        "name",
        "numberOfPeriods",
        "offerEligibility",
        "offerMode",
        "productionCodeCount",
        "sandboxCodeCount",
        "targetSubscriptionPlanType",
        "totalNumberOfCodes",
    }
)


@_attrs_define(repr=False)
class SubscriptionOfferCodeAttributes:
    """
    Attributes:
        active (bool | Unset):
        auto_renew_enabled (bool | Unset):
        customer_eligibilities (list[SubscriptionCustomerEligibility] | Unset):
        duration (SubscriptionOfferDuration | Unset):
        name (str | Unset):
        number_of_periods (int | Unset):
        offer_eligibility (SubscriptionOfferEligibility | Unset):
        offer_mode (SubscriptionOfferMode | Unset):
        production_code_count (int | Unset):
        sandbox_code_count (int | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
        total_number_of_codes (int | Unset):
    """

    active: bool | None = None
    auto_renew_enabled: bool | None = None
    customer_eligibilities: list[SubscriptionCustomerEligibility] | None = None
    duration: SubscriptionOfferDuration | None = None
    name: str | None = None
    number_of_periods: int | None = None
    offer_eligibility: SubscriptionOfferEligibility | None = None
    offer_mode: SubscriptionOfferMode | None = None
    production_code_count: int | None = None
    sandbox_code_count: int | None = None
    target_subscription_plan_type: SubscriptionPlanType | None = None
    total_number_of_codes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        auto_renew_enabled = self.auto_renew_enabled

        customer_eligibilities: Any = None
        if self.customer_eligibilities is not None:
            customer_eligibilities = []
            for customer_eligibilities_item_data in self.customer_eligibilities:
                customer_eligibilities_item = customer_eligibilities_item_data.value
                customer_eligibilities.append(customer_eligibilities_item)

        duration: Any = None
        if self.duration is not None:
            duration = self.duration.value

        name = self.name

        number_of_periods = self.number_of_periods

        offer_eligibility: Any = None
        if self.offer_eligibility is not None:
            offer_eligibility = self.offer_eligibility.value

        offer_mode: Any = None
        if self.offer_mode is not None:
            offer_mode = self.offer_mode.value

        production_code_count = self.production_code_count

        sandbox_code_count = self.sandbox_code_count

        target_subscription_plan_type: Any = None
        if self.target_subscription_plan_type is not None:
            target_subscription_plan_type = self.target_subscription_plan_type.value

        total_number_of_codes = self.total_number_of_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if active is not None:
            field_dict["active"] = active
        if auto_renew_enabled is not None:
            field_dict["autoRenewEnabled"] = auto_renew_enabled
        if customer_eligibilities is not None:
            field_dict["customerEligibilities"] = customer_eligibilities
        if duration is not None:
            field_dict["duration"] = duration
        if name is not None:
            field_dict["name"] = name
        if number_of_periods is not None:
            field_dict["numberOfPeriods"] = number_of_periods
        if offer_eligibility is not None:
            field_dict["offerEligibility"] = offer_eligibility
        if offer_mode is not None:
            field_dict["offerMode"] = offer_mode
        if production_code_count is not None:
            field_dict["productionCodeCount"] = production_code_count
        if sandbox_code_count is not None:
            field_dict["sandboxCodeCount"] = sandbox_code_count
        if target_subscription_plan_type is not None:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        if total_number_of_codes is not None:
            field_dict["totalNumberOfCodes"] = total_number_of_codes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        active = src_dict.get("active")

        auto_renew_enabled = src_dict.get("autoRenewEnabled")

        _raw_customer_eligibilities = src_dict.get("customerEligibilities")
        if _raw_customer_eligibilities is None:
            customer_eligibilities = None
        else:
            customer_eligibilities = []
            _customer_eligibilities = _raw_customer_eligibilities
            for customer_eligibilities_item_data in _customer_eligibilities:
                customer_eligibilities_item = SubscriptionCustomerEligibility.of(
                    customer_eligibilities_item_data
                )

                customer_eligibilities.append(customer_eligibilities_item)

        _raw_duration = src_dict.get("duration")
        if _raw_duration is None:
            duration = None
        else:
            duration = SubscriptionOfferDuration.of(_raw_duration)

        name = src_dict.get("name")

        number_of_periods = src_dict.get("numberOfPeriods")

        _raw_offer_eligibility = src_dict.get("offerEligibility")
        if _raw_offer_eligibility is None:
            offer_eligibility = None
        else:
            offer_eligibility = SubscriptionOfferEligibility.of(_raw_offer_eligibility)

        _raw_offer_mode = src_dict.get("offerMode")
        if _raw_offer_mode is None:
            offer_mode = None
        else:
            offer_mode = SubscriptionOfferMode.of(_raw_offer_mode)

        production_code_count = src_dict.get("productionCodeCount")

        sandbox_code_count = src_dict.get("sandboxCodeCount")

        _raw_target_subscription_plan_type = src_dict.get("targetSubscriptionPlanType")
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = SubscriptionPlanType.of(_raw_target_subscription_plan_type)

        total_number_of_codes = src_dict.get("totalNumberOfCodes")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.active = active
        _model.auto_renew_enabled = auto_renew_enabled
        _model.customer_eligibilities = customer_eligibilities
        _model.duration = duration
        _model.name = name
        _model.number_of_periods = number_of_periods
        _model.offer_eligibility = offer_eligibility
        _model.offer_mode = offer_mode
        _model.production_code_count = production_code_count
        _model.sandbox_code_count = sandbox_code_count
        _model.target_subscription_plan_type = target_subscription_plan_type
        _model.total_number_of_codes = total_number_of_codes
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

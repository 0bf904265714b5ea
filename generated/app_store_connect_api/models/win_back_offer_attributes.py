from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..models.win_back_offer_attributes_priority import WinBackOfferAttributesPriority
from ..models.win_back_offer_attributes_promotion_intent import WinBackOfferAttributesPromotionIntent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integer_range import IntegerRange


T = TypeVar("T", bound="WinBackOfferAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, IntegerRange
    from ..models.integer_range import IntegerRange

    _LAZY_IMPORTS_DONE = True


@_attrs_define
class WinBackOfferAttributes:
    """
    Attributes:
        customer_eligibility_paid_subscription_duration_in_months (int | Unset):
        customer_eligibility_time_since_last_subscribed_in_months (IntegerRange | Unset):
        customer_eligibility_wait_between_offers_in_months (int | Unset):
        duration (SubscriptionOfferDuration | Unset):
        end_date (datetime.date | Unset):
        offer_id (str | Unset):
        offer_mode (SubscriptionOfferMode | Unset):
        period_count (int | Unset):
        priority (WinBackOfferAttributesPriority | Unset):
        promotion_intent (WinBackOfferAttributesPromotionIntent | Unset):
        reference_name (str | Unset):
        start_date (datetime.date | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    customer_eligibility_paid_subscription_duration_in_months: int | Unset | None = UNSET
    customer_eligibility_time_since_last_subscribed_in_months: IntegerRange | Unset | None = UNSET
    customer_eligibility_wait_between_offers_in_months: int | Unset | None = UNSET
    duration: SubscriptionOfferDuration | Unset | None = UNSET
    end_date: datetime.date | Unset | None = UNSET
    offer_id: str | Unset | None = UNSET
    offer_mode: SubscriptionOfferMode | Unset | None = UNSET
    period_count: int | Unset | None = UNSET
    priority: WinBackOfferAttributesPriority | Unset | None = UNSET
    promotion_intent: WinBackOfferAttributesPromotionIntent | Unset | None = UNSET
    reference_name: str | Unset | None = UNSET
    start_date: datetime.date | Unset | None = UNSET
    target_subscription_plan_type: SubscriptionPlanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        customer_eligibility_paid_subscription_duration_in_months = (
            self.customer_eligibility_paid_subscription_duration_in_months
        )

        customer_eligibility_time_since_last_subscribed_in_months: dict[str, Any] | Unset | None
        if self.customer_eligibility_time_since_last_subscribed_in_months is None:
            customer_eligibility_time_since_last_subscribed_in_months = None
        else:
            customer_eligibility_time_since_last_subscribed_in_months = UNSET
            if not isinstance(self.customer_eligibility_time_since_last_subscribed_in_months, Unset):
                customer_eligibility_time_since_last_subscribed_in_months = (
                    self.customer_eligibility_time_since_last_subscribed_in_months.to_dict()
                )

        customer_eligibility_wait_between_offers_in_months = (
            self.customer_eligibility_wait_between_offers_in_months
        )

        duration: str | Unset | None
        if self.duration is None:
            duration = None
        else:
            duration = UNSET
            if not isinstance(self.duration, Unset):
                duration = self.duration.value

        end_date: str | Unset | None
        if self.end_date is None:
            end_date = None
        else:
            end_date = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.isoformat()

        offer_id = self.offer_id

        offer_mode: str | Unset | None
        if self.offer_mode is None:
            offer_mode = None
        else:
            offer_mode = UNSET
            if not isinstance(self.offer_mode, Unset):
                offer_mode = self.offer_mode.value

        period_count = self.period_count

        priority: str | Unset | None
        if self.priority is None:
            priority = None
        else:
            priority = UNSET
            if not isinstance(self.priority, Unset):
                priority = self.priority.value

        promotion_intent: str | Unset | None
        if self.promotion_intent is None:
            promotion_intent = None
        else:
            promotion_intent = UNSET
            if not isinstance(self.promotion_intent, Unset):
                promotion_intent = self.promotion_intent.value

        reference_name = self.reference_name

        start_date: str | Unset | None
        if self.start_date is None:
            start_date = None
        else:
            start_date = UNSET
            if not isinstance(self.start_date, Unset):
                start_date = self.start_date.isoformat()

        target_subscription_plan_type: str | Unset | None
        if self.target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = UNSET
            if not isinstance(self.target_subscription_plan_type, Unset):
                target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if customer_eligibility_paid_subscription_duration_in_months is not UNSET:
            field_dict["customerEligibilityPaidSubscriptionDurationInMonths"] = (
                customer_eligibility_paid_subscription_duration_in_months
            )
        if customer_eligibility_time_since_last_subscribed_in_months is not UNSET:
            field_dict["customerEligibilityTimeSinceLastSubscribedInMonths"] = (
                customer_eligibility_time_since_last_subscribed_in_months
            )
        if customer_eligibility_wait_between_offers_in_months is not UNSET:
            field_dict["customerEligibilityWaitBetweenOffersInMonths"] = (
                customer_eligibility_wait_between_offers_in_months
            )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if offer_mode is not UNSET:
            field_dict["offerMode"] = offer_mode
        if period_count is not UNSET:
            field_dict["periodCount"] = period_count
        if priority is not UNSET:
            field_dict["priority"] = priority
        if promotion_intent is not UNSET:
            field_dict["promotionIntent"] = promotion_intent
        if reference_name is not UNSET:
            field_dict["referenceName"] = reference_name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if target_subscription_plan_type is not UNSET:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        customer_eligibility_paid_subscription_duration_in_months = d.pop(
            "customerEligibilityPaidSubscriptionDurationInMonths", UNSET
        )

        _raw_customer_eligibility_time_since_last_subscribed_in_months = d.pop(
            "customerEligibilityTimeSinceLastSubscribedInMonths", UNSET
        )
        if _raw_customer_eligibility_time_since_last_subscribed_in_months is None:
            customer_eligibility_time_since_last_subscribed_in_months = None
        else:
            _customer_eligibility_time_since_last_subscribed_in_months = (
                _raw_customer_eligibility_time_since_last_subscribed_in_months
            )
            customer_eligibility_time_since_last_subscribed_in_months: IntegerRange | Unset
            if isinstance(_customer_eligibility_time_since_last_subscribed_in_months, Unset):
                customer_eligibility_time_since_last_subscribed_in_months = UNSET
            else:
                customer_eligibility_time_since_last_subscribed_in_months = IntegerRange.from_dict(
                    _customer_eligibility_time_since_last_subscribed_in_months
                )

        customer_eligibility_wait_between_offers_in_months = d.pop(
            "customerEligibilityWaitBetweenOffersInMonths", UNSET
        )

        _raw_duration = d.pop("duration", UNSET)
        if _raw_duration is None:
            duration = None
        else:
            _duration = _raw_duration
            duration: SubscriptionOfferDuration | Unset
            if isinstance(_duration, Unset):
                duration = UNSET
            else:
                duration = SubscriptionOfferDuration(_duration)

        _raw_end_date = d.pop("endDate", UNSET)
        if _raw_end_date is None:
            end_date = None
        else:
            _end_date = _raw_end_date
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

        offer_id = d.pop("offerId", UNSET)

        _raw_offer_mode = d.pop("offerMode", UNSET)
        if _raw_offer_mode is None:
            offer_mode = None
        else:
            _offer_mode = _raw_offer_mode
            offer_mode: SubscriptionOfferMode | Unset
            if isinstance(_offer_mode, Unset):
                offer_mode = UNSET
            else:
                offer_mode = SubscriptionOfferMode(_offer_mode)

        period_count = d.pop("periodCount", UNSET)

        _raw_priority = d.pop("priority", UNSET)
        if _raw_priority is None:
            priority = None
        else:
            _priority = _raw_priority
            priority: WinBackOfferAttributesPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = WinBackOfferAttributesPriority(_priority)

        _raw_promotion_intent = d.pop("promotionIntent", UNSET)
        if _raw_promotion_intent is None:
            promotion_intent = None
        else:
            _promotion_intent = _raw_promotion_intent
            promotion_intent: WinBackOfferAttributesPromotionIntent | Unset
            if isinstance(_promotion_intent, Unset):
                promotion_intent = UNSET
            else:
                promotion_intent = WinBackOfferAttributesPromotionIntent(_promotion_intent)

        reference_name = d.pop("referenceName", UNSET)

        _raw_start_date = d.pop("startDate", UNSET)
        if _raw_start_date is None:
            start_date = None
        else:
            _start_date = _raw_start_date
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

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

        win_back_offer_attributes = cls(
            customer_eligibility_paid_subscription_duration_in_months=customer_eligibility_paid_subscription_duration_in_months,
            customer_eligibility_time_since_last_subscribed_in_months=customer_eligibility_time_since_last_subscribed_in_months,
            customer_eligibility_wait_between_offers_in_months=customer_eligibility_wait_between_offers_in_months,
            duration=duration,
            end_date=end_date,
            offer_id=offer_id,
            offer_mode=offer_mode,
            period_count=period_count,
            priority=priority,
            promotion_intent=promotion_intent,
            reference_name=reference_name,
            start_date=start_date,
            target_subscription_plan_type=target_subscription_plan_type,
        )
        win_back_offer_attributes.additional_properties = d
        return win_back_offer_attributes

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

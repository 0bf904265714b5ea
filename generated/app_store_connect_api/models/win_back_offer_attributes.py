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
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.integer_range import IntegerRange


T = TypeVar("T", bound="WinBackOfferAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, IntegerRange
    from ..models.integer_range import IntegerRange

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
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

    customer_eligibility_paid_subscription_duration_in_months: int | None = None
    customer_eligibility_time_since_last_subscribed_in_months: IntegerRange | None = None
    customer_eligibility_wait_between_offers_in_months: int | None = None
    duration: SubscriptionOfferDuration | None = None
    end_date: datetime.date | None = None
    offer_id: str | None = None
    offer_mode: SubscriptionOfferMode | None = None
    period_count: int | None = None
    priority: WinBackOfferAttributesPriority | None = None
    promotion_intent: WinBackOfferAttributesPromotionIntent | None = None
    reference_name: str | None = None
    start_date: datetime.date | None = None
    target_subscription_plan_type: SubscriptionPlanType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        customer_eligibility_paid_subscription_duration_in_months = (
            self.customer_eligibility_paid_subscription_duration_in_months
        )

        customer_eligibility_time_since_last_subscribed_in_months: Any = None
        if self.customer_eligibility_time_since_last_subscribed_in_months is not None:
            customer_eligibility_time_since_last_subscribed_in_months = (
                self.customer_eligibility_time_since_last_subscribed_in_months.to_dict()
            )

        customer_eligibility_wait_between_offers_in_months = (
            self.customer_eligibility_wait_between_offers_in_months
        )

        duration: Any = None
        if self.duration is not None:
            duration = self.duration.value

        end_date: Any = None
        if self.end_date is not None:
            end_date = self.end_date.isoformat()

        offer_id = self.offer_id

        offer_mode: Any = None
        if self.offer_mode is not None:
            offer_mode = self.offer_mode.value

        period_count = self.period_count

        priority: Any = None
        if self.priority is not None:
            priority = self.priority.value

        promotion_intent: Any = None
        if self.promotion_intent is not None:
            promotion_intent = self.promotion_intent.value

        reference_name = self.reference_name

        start_date: Any = None
        if self.start_date is not None:
            start_date = self.start_date.isoformat()

        target_subscription_plan_type: Any = None
        if self.target_subscription_plan_type is not None:
            target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if customer_eligibility_paid_subscription_duration_in_months is not None:
            field_dict["customerEligibilityPaidSubscriptionDurationInMonths"] = (
                customer_eligibility_paid_subscription_duration_in_months
            )
        if customer_eligibility_time_since_last_subscribed_in_months is not None:
            field_dict["customerEligibilityTimeSinceLastSubscribedInMonths"] = (
                customer_eligibility_time_since_last_subscribed_in_months
            )
        if customer_eligibility_wait_between_offers_in_months is not None:
            field_dict["customerEligibilityWaitBetweenOffersInMonths"] = (
                customer_eligibility_wait_between_offers_in_months
            )
        if duration is not None:
            field_dict["duration"] = duration
        if end_date is not None:
            field_dict["endDate"] = end_date
        if offer_id is not None:
            field_dict["offerId"] = offer_id
        if offer_mode is not None:
            field_dict["offerMode"] = offer_mode
        if period_count is not None:
            field_dict["periodCount"] = period_count
        if priority is not None:
            field_dict["priority"] = priority
        if promotion_intent is not None:
            field_dict["promotionIntent"] = promotion_intent
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if start_date is not None:
            field_dict["startDate"] = start_date
        if target_subscription_plan_type is not None:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        customer_eligibility_paid_subscription_duration_in_months = d.pop(
            "customerEligibilityPaidSubscriptionDurationInMonths", None
        )

        _raw_customer_eligibility_time_since_last_subscribed_in_months = d.pop(
            "customerEligibilityTimeSinceLastSubscribedInMonths", None
        )
        if _raw_customer_eligibility_time_since_last_subscribed_in_months is None:
            customer_eligibility_time_since_last_subscribed_in_months = None
        else:
            customer_eligibility_time_since_last_subscribed_in_months = IntegerRange.from_dict(
                _raw_customer_eligibility_time_since_last_subscribed_in_months
            )

        customer_eligibility_wait_between_offers_in_months = d.pop(
            "customerEligibilityWaitBetweenOffersInMonths", None
        )

        _raw_duration = d.pop("duration", None)
        if _raw_duration is None:
            duration = None
        else:
            duration = SubscriptionOfferDuration(_raw_duration)

        _raw_end_date = d.pop("endDate", None)
        if _raw_end_date is None:
            end_date = None
        else:
            end_date = datetime.date.fromisoformat(_raw_end_date)

        offer_id = d.pop("offerId", None)

        _raw_offer_mode = d.pop("offerMode", None)
        if _raw_offer_mode is None:
            offer_mode = None
        else:
            offer_mode = SubscriptionOfferMode(_raw_offer_mode)

        period_count = d.pop("periodCount", None)

        _raw_priority = d.pop("priority", None)
        if _raw_priority is None:
            priority = None
        else:
            priority = WinBackOfferAttributesPriority(_raw_priority)

        _raw_promotion_intent = d.pop("promotionIntent", None)
        if _raw_promotion_intent is None:
            promotion_intent = None
        else:
            promotion_intent = WinBackOfferAttributesPromotionIntent(_raw_promotion_intent)

        reference_name = d.pop("referenceName", None)

        _raw_start_date = d.pop("startDate", None)
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.date.fromisoformat(_raw_start_date)

        _raw_target_subscription_plan_type = d.pop("targetSubscriptionPlanType", None)
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = SubscriptionPlanType(_raw_target_subscription_plan_type)

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

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
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.integer_range import IntegerRange


T = TypeVar("T", bound="WinBackOfferAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "customerEligibilityWaitBetweenOffersInMonths",
        "duration",
        "endDate",
        "offerId",
        "offerMode",
        "periodCount",
        "priority",
        "promotionIntent",
        "referenceName",
        "startDate",
        "targetSubscriptionPlanType",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, IntegerRange
    from ..models.integer_range import IntegerRange

    _LAZY_IMPORTS_DONE = True


def _read_customer_eligibility_time_since_last_subscribed_in_months(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_customer_eligibility_time_since_last_subscribed_in_months = src_dict.get(
        "customerEligibilityTimeSinceLastSubscribedInMonths"
    )
    if _raw_customer_eligibility_time_since_last_subscribed_in_months is None:
        customer_eligibility_time_since_last_subscribed_in_months = None
    else:
        customer_eligibility_time_since_last_subscribed_in_months = IntegerRange.from_dict(
            _raw_customer_eligibility_time_since_last_subscribed_in_months
        )

    return customer_eligibility_time_since_last_subscribed_in_months


_READERS: dict[str, Any] = {
    "customer_eligibility_time_since_last_subscribed_in_months": _read_customer_eligibility_time_since_last_subscribed_in_months,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        customer_eligibility_paid_subscription_duration_in_months = src_dict.get(
            "customerEligibilityPaidSubscriptionDurationInMonths"
        )

        customer_eligibility_wait_between_offers_in_months = src_dict.get(
            "customerEligibilityWaitBetweenOffersInMonths"
        )

        _raw_duration = src_dict.get("duration")
        if _raw_duration is None:
            duration = None
        else:
            duration = SubscriptionOfferDuration.of(_raw_duration)

        _raw_end_date = src_dict.get("endDate")
        if _raw_end_date is None:
            end_date = None
        else:
            end_date = datetime.date.fromisoformat(_raw_end_date)

        offer_id = src_dict.get("offerId")

        _raw_offer_mode = src_dict.get("offerMode")
        if _raw_offer_mode is None:
            offer_mode = None
        else:
            offer_mode = SubscriptionOfferMode.of(_raw_offer_mode)

        period_count = src_dict.get("periodCount")

        _raw_priority = src_dict.get("priority")
        if _raw_priority is None:
            priority = None
        else:
            priority = WinBackOfferAttributesPriority.of(_raw_priority)

        _raw_promotion_intent = src_dict.get("promotionIntent")
        if _raw_promotion_intent is None:
            promotion_intent = None
        else:
            promotion_intent = WinBackOfferAttributesPromotionIntent.of(_raw_promotion_intent)

        reference_name = src_dict.get("referenceName")

        _raw_start_date = src_dict.get("startDate")
        if _raw_start_date is None:
            start_date = None
        else:
            start_date = datetime.date.fromisoformat(_raw_start_date)

        _raw_target_subscription_plan_type = src_dict.get("targetSubscriptionPlanType")
        if _raw_target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = SubscriptionPlanType.of(_raw_target_subscription_plan_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.customer_eligibility_paid_subscription_duration_in_months = (
            customer_eligibility_paid_subscription_duration_in_months
        )
        _model.customer_eligibility_wait_between_offers_in_months = (
            customer_eligibility_wait_between_offers_in_months
        )
        _model.duration = duration
        _model.end_date = end_date
        _model.offer_id = offer_id
        _model.offer_mode = offer_mode
        _model.period_count = period_count
        _model.priority = priority
        _model.promotion_intent = promotion_intent
        _model.reference_name = reference_name
        _model.start_date = start_date
        _model.target_subscription_plan_type = target_subscription_plan_type
        _model._document = (
            src_dict  # customer_eligibility_time_since_last_subscribed_in_months: read on first access
        )
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

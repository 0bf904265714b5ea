from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_offer_duration import SubscriptionOfferDuration
from ..models.subscription_offer_mode import SubscriptionOfferMode
from ..models.subscription_plan_type import SubscriptionPlanType
from ..models.win_back_offer_create_request_data_attributes_priority import (
    WinBackOfferCreateRequestDataAttributesPriority,
)
from ..models.win_back_offer_create_request_data_attributes_promotion_intent import (
    WinBackOfferCreateRequestDataAttributesPromotionIntent,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.integer_range import IntegerRange


T = TypeVar("T", bound="WinBackOfferCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "duration",
        "offerId",
        "offerMode",
        "periodCount",
        "priority",
        "referenceName",
        "startDate",
        "customerEligibilityWaitBetweenOffersInMonths",
        "endDate",
        "promotionIntent",
        "targetSubscriptionPlanType",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, IntegerRange
    from ..models.integer_range import IntegerRange

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class WinBackOfferCreateRequestDataAttributes:
    """
    Attributes:
        customer_eligibility_paid_subscription_duration_in_months (int):
        customer_eligibility_time_since_last_subscribed_in_months (IntegerRange):
        duration (SubscriptionOfferDuration):
        offer_id (str):
        offer_mode (SubscriptionOfferMode):
        period_count (int):
        priority (WinBackOfferCreateRequestDataAttributesPriority):
        reference_name (str):
        start_date (datetime.date):
        customer_eligibility_wait_between_offers_in_months (int | None | Unset):
        end_date (datetime.date | None | Unset):
        promotion_intent (WinBackOfferCreateRequestDataAttributesPromotionIntent | Unset):
        target_subscription_plan_type (SubscriptionPlanType | Unset):
    """

    customer_eligibility_paid_subscription_duration_in_months: int
    customer_eligibility_time_since_last_subscribed_in_months: IntegerRange
    duration: SubscriptionOfferDuration
    offer_id: str
    offer_mode: SubscriptionOfferMode
    period_count: int
    priority: WinBackOfferCreateRequestDataAttributesPriority
    reference_name: str
    start_date: datetime.date
    customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    promotion_intent: WinBackOfferCreateRequestDataAttributesPromotionIntent | Unset | None = UNSET
    target_subscription_plan_type: SubscriptionPlanType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        customer_eligibility_paid_subscription_duration_in_months = (
            self.customer_eligibility_paid_subscription_duration_in_months
        )

        customer_eligibility_time_since_last_subscribed_in_months = (
            self.customer_eligibility_time_since_last_subscribed_in_months.to_dict()
        )

        duration = self.duration.value

        offer_id = self.offer_id

        offer_mode = self.offer_mode.value

        period_count = self.period_count

        priority = self.priority.value

        reference_name = self.reference_name

        start_date = self.start_date.isoformat()

        customer_eligibility_wait_between_offers_in_months: int | None | Unset
        if isinstance(self.customer_eligibility_wait_between_offers_in_months, Unset):
            customer_eligibility_wait_between_offers_in_months = UNSET
        else:
            customer_eligibility_wait_between_offers_in_months = (
                self.customer_eligibility_wait_between_offers_in_months
            )

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        promotion_intent: str | Unset | None
        if self.promotion_intent is None:
            promotion_intent = None
        else:
            promotion_intent = UNSET
            if not isinstance(self.promotion_intent, Unset):
                promotion_intent = self.promotion_intent.value

        target_subscription_plan_type: str | Unset | None
        if self.target_subscription_plan_type is None:
            target_subscription_plan_type = None
        else:
            target_subscription_plan_type = UNSET
            if not isinstance(self.target_subscription_plan_type, Unset):
                target_subscription_plan_type = self.target_subscription_plan_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["customerEligibilityPaidSubscriptionDurationInMonths"] = (
            customer_eligibility_paid_subscription_duration_in_months
        )
        field_dict["customerEligibilityTimeSinceLastSubscribedInMonths"] = (
            customer_eligibility_time_since_last_subscribed_in_months
        )
        field_dict["duration"] = duration
        field_dict["offerId"] = offer_id
        field_dict["offerMode"] = offer_mode
        field_dict["periodCount"] = period_count
        field_dict["priority"] = priority
        field_dict["referenceName"] = reference_name
        field_dict["startDate"] = start_date
        if customer_eligibility_wait_between_offers_in_months is not UNSET:
            field_dict["customerEligibilityWaitBetweenOffersInMonths"] = (
                customer_eligibility_wait_between_offers_in_months
            )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if promotion_intent is not UNSET:
            field_dict["promotionIntent"] = promotion_intent
        if target_subscription_plan_type is not UNSET:
            field_dict["targetSubscriptionPlanType"] = target_subscription_plan_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        customer_eligibility_paid_subscription_duration_in_months = src_dict[
            "customerEligibilityPaidSubscriptionDurationInMonths"
        ]

        customer_eligibility_time_since_last_subscribed_in_months = IntegerRange.from_dict(
            src_dict["customerEligibilityTimeSinceLastSubscribedInMonths"]
        )

        duration = SubscriptionOfferDuration.of(src_dict["duration"])

        offer_id = src_dict["offerId"]

        offer_mode = SubscriptionOfferMode.of(src_dict["offerMode"])

        period_count = src_dict["periodCount"]

        priority = WinBackOfferCreateRequestDataAttributesPriority.of(src_dict["priority"])

        reference_name = src_dict["referenceName"]

        start_date = datetime.date.fromisoformat(src_dict["startDate"])

        def _parse_customer_eligibility_wait_between_offers_in_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_eligibility_wait_between_offers_in_months = (
            _parse_customer_eligibility_wait_between_offers_in_months(
                src_dict.get("customerEligibilityWaitBetweenOffersInMonths", UNSET)
            )
        )

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(src_dict.get("endDate", UNSET))

        _raw_promotion_intent = src_dict.get("promotionIntent", UNSET)
        if _raw_promotion_intent is None:
            promotion_intent = None
        else:
            _promotion_intent = _raw_promotion_intent
            promotion_intent: WinBackOfferCreateRequestDataAttributesPromotionIntent | Unset
            if isinstance(_promotion_intent, Unset):
                promotion_intent = UNSET
            else:
                promotion_intent = WinBackOfferCreateRequestDataAttributesPromotionIntent.of(
                    _promotion_intent
                )

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
        _model.customer_eligibility_paid_subscription_duration_in_months = (
            customer_eligibility_paid_subscription_duration_in_months
        )
        _model.customer_eligibility_time_since_last_subscribed_in_months = (
            customer_eligibility_time_since_last_subscribed_in_months
        )
        _model.duration = duration
        _model.offer_id = offer_id
        _model.offer_mode = offer_mode
        _model.period_count = period_count
        _model.priority = priority
        _model.reference_name = reference_name
        _model.start_date = start_date
        _model.customer_eligibility_wait_between_offers_in_months = (
            customer_eligibility_wait_between_offers_in_months
        )
        _model.end_date = end_date
        _model.promotion_intent = promotion_intent
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

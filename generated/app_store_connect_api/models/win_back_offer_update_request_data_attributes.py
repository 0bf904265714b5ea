from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.win_back_offer_update_request_data_attributes_priority import (
    WinBackOfferUpdateRequestDataAttributesPriority,
)
from ..models.win_back_offer_update_request_data_attributes_promotion_intent import (
    WinBackOfferUpdateRequestDataAttributesPromotionIntent,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.integer_range import IntegerRange


T = TypeVar("T", bound="WinBackOfferUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "customerEligibilityWaitBetweenOffersInMonths",
        "endDate",
        "priority",
        "promotionIntent",
        "startDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, IntegerRange
    from ..models.integer_range import IntegerRange

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class WinBackOfferUpdateRequestDataAttributes:
    """
    Attributes:
        customer_eligibility_paid_subscription_duration_in_months (int | None | Unset):
        customer_eligibility_time_since_last_subscribed_in_months (IntegerRange | Unset):
        customer_eligibility_wait_between_offers_in_months (int | None | Unset):
        end_date (datetime.date | None | Unset):
        priority (WinBackOfferUpdateRequestDataAttributesPriority | Unset):
        promotion_intent (WinBackOfferUpdateRequestDataAttributesPromotionIntent | Unset):
        start_date (datetime.date | None | Unset):
    """

    customer_eligibility_paid_subscription_duration_in_months: int | None | Unset = UNSET
    customer_eligibility_time_since_last_subscribed_in_months: IntegerRange | Unset | None = UNSET
    customer_eligibility_wait_between_offers_in_months: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    priority: WinBackOfferUpdateRequestDataAttributesPriority | Unset | None = UNSET
    promotion_intent: WinBackOfferUpdateRequestDataAttributesPromotionIntent | Unset | None = UNSET
    start_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        customer_eligibility_paid_subscription_duration_in_months: int | None | Unset
        if isinstance(self.customer_eligibility_paid_subscription_duration_in_months, Unset):
            customer_eligibility_paid_subscription_duration_in_months = UNSET
        else:
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

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

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
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if promotion_intent is not UNSET:
            field_dict["promotionIntent"] = promotion_intent
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()

        def _parse_customer_eligibility_paid_subscription_duration_in_months(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_eligibility_paid_subscription_duration_in_months = (
            _parse_customer_eligibility_paid_subscription_duration_in_months(
                src_dict.get("customerEligibilityPaidSubscriptionDurationInMonths", UNSET)
            )
        )

        _raw_customer_eligibility_time_since_last_subscribed_in_months = src_dict.get(
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

        _raw_priority = src_dict.get("priority", UNSET)
        if _raw_priority is None:
            priority = None
        else:
            _priority = _raw_priority
            priority: WinBackOfferUpdateRequestDataAttributesPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = WinBackOfferUpdateRequestDataAttributesPriority.of(_priority)

        _raw_promotion_intent = src_dict.get("promotionIntent", UNSET)
        if _raw_promotion_intent is None:
            promotion_intent = None
        else:
            _promotion_intent = _raw_promotion_intent
            promotion_intent: WinBackOfferUpdateRequestDataAttributesPromotionIntent | Unset
            if isinstance(_promotion_intent, Unset):
                promotion_intent = UNSET
            else:
                promotion_intent = WinBackOfferUpdateRequestDataAttributesPromotionIntent.of(
                    _promotion_intent
                )

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(src_dict.get("startDate", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.customer_eligibility_paid_subscription_duration_in_months = (
            customer_eligibility_paid_subscription_duration_in_months
        )
        _model.customer_eligibility_time_since_last_subscribed_in_months = (
            customer_eligibility_time_since_last_subscribed_in_months
        )
        _model.customer_eligibility_wait_between_offers_in_months = (
            customer_eligibility_wait_between_offers_in_months
        )
        _model.end_date = end_date
        _model.priority = priority
        _model.promotion_intent = promotion_intent
        _model.start_date = start_date
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

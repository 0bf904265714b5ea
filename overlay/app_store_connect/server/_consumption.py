"""`Consumption`: the body of Send Consumption Information, checked against Apple's rules before sending.

Rules from Apple's pages "ConsumptionRequest", "consumptionPercentage" and "refundPreference"
(App Store Server API). Apple answers 400 to a body that breaks them; this refuses it first and
lists every problem at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from appstoreserverlibrary.models.ConsumptionRequest import ConsumptionRequest
from appstoreserverlibrary.models.DeliveryStatus import DeliveryStatus
from appstoreserverlibrary.models.RefundPreference import RefundPreference
from appstoreserverlibrary.models.TransactionHistoryRequest import ProductType

from ._errors import InvalidConsumptionError

__all__ = ["MAX_CONSUMPTION_PERCENTAGE", "Consumption"]

MAX_CONSUMPTION_PERCENTAGE = 100_000  # milliunits: 100%
E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class Consumption:
    """What you tell Apple about a purchase whose refund a customer asked for (after a
    `CONSUMPTION_REQUEST` notification). Strings are accepted for the enum fields (e.g. "DELIVERED")."""

    customer_consented: bool
    """Whether the customer consented to share consumption data with Apple. Must be True: Apple
    refuses anything else (400 InvalidCustomerConsentedError), so without consent send nothing."""

    delivery_status: DeliveryStatus | str
    """Whether the app delivered a purchase that works: DELIVERED, or UNDELIVERED_QUALITY_ISSUE,
    UNDELIVERED_WRONG_ITEM, UNDELIVERED_SERVER_OUTAGE, UNDELIVERED_OTHER (why it did not)."""

    sample_content_provided: bool
    """Whether, before the purchase, you offered a free sample or trial of the content, or
    information about what it does."""

    consumption_percentage: int | None = None
    """How much of the purchase the customer used, in milliunits: 0 to 100000 (40% is 40000,
    0.015% is 15). Must be 0 when `delivery_status` is not DELIVERED; must be left out for an
    auto-renewable subscription (Apple computes it from the elapsed time); with GRANT_PRORATED
    it is required for other products, and strictly between 0 and 100000."""

    refund_preference: RefundPreference | str | None = None
    """The outcome you would like: DECLINE, GRANT_FULL, or GRANT_PRORATED (a refund in proportion
    to what was not consumed). One of the factors Apple weighs, not a decision."""

    product_type: ProductType | str | None = None
    """The product's type (AUTO_RENEWABLE, NON_RENEWABLE, CONSUMABLE, NON_CONSUMABLE), when known:
    not sent, only used to apply the rules that depend on it. It is the transaction's `type`."""

    def problems(self) -> list[str]:
        """Every rule this breaks, in plain words (empty: Apple should accept it)."""
        found: list[str] = []
        if self.customer_consented is not True:
            found.append(
                "customer_consented must be True: Apple refuses consumption data the customer did not "
                "consent to share (InvalidCustomerConsentedError); without consent, do not send it"
            )
        if not isinstance(self.sample_content_provided, bool):
            found.append("sample_content_provided must be True or False")
        delivery = _member(DeliveryStatus, self.delivery_status, "delivery_status", found)
        preference = _member(RefundPreference, self.refund_preference, "refund_preference", found)
        product = _member(ProductType, self.product_type, "product_type", found)
        percentage = self.consumption_percentage
        if percentage is not None:
            if not isinstance(percentage, int) or isinstance(percentage, bool):
                found.append(f"consumption_percentage must be an integer of milliunits, not {percentage!r}")
                percentage = None
            elif not 0 <= percentage <= MAX_CONSUMPTION_PERCENTAGE:
                found.append(
                    f"consumption_percentage {percentage} is outside 0..{MAX_CONSUMPTION_PERCENTAGE} "
                    "(milliunits: 40% is 40000)"
                )
        if percentage and delivery is not None and delivery is not DeliveryStatus.DELIVERED:
            found.append(
                f"consumption_percentage must be 0 when delivery_status is {delivery.value} "
                "(UndeliveredConsumptionPercentageNonZeroError)"
            )
        if percentage is not None and product is ProductType.AUTO_RENEWABLE:
            found.append(
                "leave consumption_percentage out for an auto-renewable subscription: Apple computes it "
                "from the elapsed time (ConsumptionPercentageAutoRenewableSubscriptionError)"
            )
        prorated_needs_percentage = (
            preference is RefundPreference.GRANT_PRORATED and product is not ProductType.AUTO_RENEWABLE
        )
        if prorated_needs_percentage and (
            percentage is None or not 0 < percentage < MAX_CONSUMPTION_PERCENTAGE
        ):
            found.append(
                "GRANT_PRORATED needs a consumption_percentage strictly between 0 and 100000 (except for an "
                "auto-renewable subscription, where it is left out)"
            )
        return found

    def to_request(self) -> ConsumptionRequest:
        """Apple's `ConsumptionRequest`, or `InvalidConsumptionError` listing every problem."""
        found = self.problems()
        if found:
            raise InvalidConsumptionError("consumption information not sent: " + "; ".join(found))
        preference = self.refund_preference
        return ConsumptionRequest(
            customerConsented=True,
            sampleContentProvided=self.sample_content_provided,
            deliveryStatus=DeliveryStatus(_value(self.delivery_status)),
            consumptionPercentage=self.consumption_percentage,
            refundPreference=None if preference is None else RefundPreference(_value(preference)),
        )


def _value(value: Enum | str) -> str:
    return str(value.value) if isinstance(value, Enum) else value


def _member(enum: type[E], value: E | str | None, name: str, found: list[str]) -> E | None:
    """`value` as a member of `enum` (None stays None); a value Apple does not allow is noted in `found`."""
    if value is None:
        return None
    try:
        return enum(_value(value))
    except ValueError:
        allowed = ", ".join(str(member.value) for member in enum)
        found.append(f"{name} {value!r} is not one of Apple's values: {allowed}")
        return None

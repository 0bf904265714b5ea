from ..types import OpenStrEnum


class InAppPurchaseOfferCodeAttributesCustomerEligibilitiesItem(OpenStrEnum):
    ACTIVE_SPENDER = "ACTIVE_SPENDER"
    CHURNED_SPENDER = "CHURNED_SPENDER"
    NON_SPENDER = "NON_SPENDER"

from ..types import OpenStrEnum


class InAppPurchaseOfferCodeCreateRequestDataAttributesCustomerEligibilitiesItem(OpenStrEnum):
    ACTIVE_SPENDER = "ACTIVE_SPENDER"
    CHURNED_SPENDER = "CHURNED_SPENDER"
    NON_SPENDER = "NON_SPENDER"

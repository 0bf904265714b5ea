from ..types import OpenStrEnum


class AppEventCreateRequestDataAttributesPurchaseRequirement(OpenStrEnum):
    IN_APP_PURCHASE = "IN_APP_PURCHASE"
    NO_COST_ASSOCIATED = "NO_COST_ASSOCIATED"

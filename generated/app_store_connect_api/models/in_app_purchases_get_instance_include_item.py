from ..types import OpenStrEnum


class InAppPurchasesGetInstanceIncludeItem(OpenStrEnum):
    APPS = "apps"

from ..types import OpenStrEnum


class AppsInAppPurchasesGetToManyRelatedIncludeItem(OpenStrEnum):
    APPS = "apps"

from ..types import OpenStrEnum


class AnalyticsReportAttributesCategory(OpenStrEnum):
    APP_STORE_ENGAGEMENT = "APP_STORE_ENGAGEMENT"
    APP_USAGE = "APP_USAGE"
    COMMERCE = "COMMERCE"
    FRAMEWORK_USAGE = "FRAMEWORK_USAGE"
    PERFORMANCE = "PERFORMANCE"

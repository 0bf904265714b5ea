from ..types import OpenStrEnum


class SubscriptionGroupLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    VERSION = "version"

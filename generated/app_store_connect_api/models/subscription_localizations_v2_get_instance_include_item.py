from ..types import OpenStrEnum


class SubscriptionLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    VERSION = "version"

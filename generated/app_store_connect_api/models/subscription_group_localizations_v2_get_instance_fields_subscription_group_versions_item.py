from ..types import OpenStrEnum


class SubscriptionGroupLocalizationsV2GetInstanceFieldsSubscriptionGroupVersionsItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
    VERSION = "version"

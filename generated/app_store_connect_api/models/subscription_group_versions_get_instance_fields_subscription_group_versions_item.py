from ..types import OpenStrEnum


class SubscriptionGroupVersionsGetInstanceFieldsSubscriptionGroupVersionsItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
    VERSION = "version"

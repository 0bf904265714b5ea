from ..types import OpenStrEnum


class SubscriptionGroupsGetInstanceFieldsSubscriptionGroupVersionsItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
    VERSION = "version"

from ..types import OpenStrEnum


class SubscriptionGroupsVersionsGetToManyRelatedFieldsSubscriptionGroupVersionsItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
    VERSION = "version"

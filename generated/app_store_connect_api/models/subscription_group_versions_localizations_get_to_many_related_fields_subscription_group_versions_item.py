from ..types import OpenStrEnum


class SubscriptionGroupVersionsLocalizationsGetToManyRelatedFieldsSubscriptionGroupVersionsItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"
    STATE = "state"
    SUBSCRIPTIONGROUP = "subscriptionGroup"
    VERSION = "version"

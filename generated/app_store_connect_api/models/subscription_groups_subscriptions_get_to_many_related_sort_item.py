from ..types import OpenStrEnum


class SubscriptionGroupsSubscriptionsGetToManyRelatedSortItem(OpenStrEnum):
    NAME = "name"
    VALUE_1 = "-name"

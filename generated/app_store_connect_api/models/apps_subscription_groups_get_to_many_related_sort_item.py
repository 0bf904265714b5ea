from ..types import OpenStrEnum


class AppsSubscriptionGroupsGetToManyRelatedSortItem(OpenStrEnum):
    REFERENCENAME = "referenceName"
    VALUE_1 = "-referenceName"

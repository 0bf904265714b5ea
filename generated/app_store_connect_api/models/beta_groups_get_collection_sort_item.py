from ..types import OpenStrEnum


class BetaGroupsGetCollectionSortItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    NAME = "name"
    PUBLICLINKENABLED = "publicLinkEnabled"
    PUBLICLINKLIMIT = "publicLinkLimit"
    VALUE_1 = "-name"
    VALUE_3 = "-createdDate"
    VALUE_5 = "-publicLinkEnabled"
    VALUE_7 = "-publicLinkLimit"

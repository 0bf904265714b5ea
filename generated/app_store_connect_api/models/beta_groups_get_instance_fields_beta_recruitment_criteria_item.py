from ..types import OpenStrEnum


class BetaGroupsGetInstanceFieldsBetaRecruitmentCriteriaItem(OpenStrEnum):
    DEVICEFAMILYOSVERSIONFILTERS = "deviceFamilyOsVersionFilters"
    LASTMODIFIEDDATE = "lastModifiedDate"

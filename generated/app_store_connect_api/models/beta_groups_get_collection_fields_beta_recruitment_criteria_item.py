from ..types import OpenStrEnum


class BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem(OpenStrEnum):
    DEVICEFAMILYOSVERSIONFILTERS = "deviceFamilyOsVersionFilters"
    LASTMODIFIEDDATE = "lastModifiedDate"

from ..types import OpenStrEnum


class BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem(OpenStrEnum):
    DEVICEFAMILYOSVERSIONFILTERS = "deviceFamilyOsVersionFilters"
    LASTMODIFIEDDATE = "lastModifiedDate"

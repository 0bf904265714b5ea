from ..types import OpenStrEnum


class BetaRecruitmentCriterionOptionsGetCollectionFieldsBetaRecruitmentCriterionOptionsItem(OpenStrEnum):
    DEVICEFAMILYOSVERSIONS = "deviceFamilyOsVersions"

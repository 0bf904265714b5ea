from ..types import OpenStrEnum


class BetaGroupsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    BETARECRUITMENTCRITERIA = "betaRecruitmentCriteria"
    BETATESTERS = "betaTesters"
    BUILDS = "builds"

from ..types import OpenStrEnum


class BetaGroupsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    BETARECRUITMENTCRITERIA = "betaRecruitmentCriteria"
    BETATESTERS = "betaTesters"
    BUILDS = "builds"

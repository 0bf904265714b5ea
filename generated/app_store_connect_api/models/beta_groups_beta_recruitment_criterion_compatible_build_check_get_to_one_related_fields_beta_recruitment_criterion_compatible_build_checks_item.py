from ..types import OpenStrEnum


class BetaGroupsBetaRecruitmentCriterionCompatibleBuildCheckGetToOneRelatedFieldsBetaRecruitmentCriterionCompatibleBuildChecksItem(
    OpenStrEnum
):
    HASCOMPATIBLEBUILD = "hasCompatibleBuild"

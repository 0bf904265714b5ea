from ..types import OpenStrEnum


class BetaTestersGetInstanceFieldsBetaGroupsItem(OpenStrEnum):
    APP = "app"
    BETARECRUITMENTCRITERIA = "betaRecruitmentCriteria"
    BETARECRUITMENTCRITERIONCOMPATIBLEBUILDCHECK = "betaRecruitmentCriterionCompatibleBuildCheck"
    BETATESTERS = "betaTesters"
    BUILDS = "builds"
    CREATEDDATE = "createdDate"
    FEEDBACKENABLED = "feedbackEnabled"
    HASACCESSTOALLBUILDS = "hasAccessToAllBuilds"
    IOSBUILDSAVAILABLEFORAPPLESILICONMAC = "iosBuildsAvailableForAppleSiliconMac"
    IOSBUILDSAVAILABLEFORAPPLEVISION = "iosBuildsAvailableForAppleVision"
    ISINTERNALGROUP = "isInternalGroup"
    NAME = "name"
    PUBLICLINK = "publicLink"
    PUBLICLINKENABLED = "publicLinkEnabled"
    PUBLICLINKID = "publicLinkId"
    PUBLICLINKLIMIT = "publicLinkLimit"
    PUBLICLINKLIMITENABLED = "publicLinkLimitEnabled"

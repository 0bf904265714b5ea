from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedIncludeItem(OpenStrEnum):
    ALTERNATIVEDISTRIBUTIONPACKAGE = "alternativeDistributionPackage"
    APP = "app"
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
    APPSTOREVERSIONEXPERIMENTS = "appStoreVersionExperiments"
    APPSTOREVERSIONEXPERIMENTSV2 = "appStoreVersionExperimentsV2"
    APPSTOREVERSIONLOCALIZATIONS = "appStoreVersionLocalizations"
    APPSTOREVERSIONPHASEDRELEASE = "appStoreVersionPhasedRelease"
    APPSTOREVERSIONSUBMISSION = "appStoreVersionSubmission"
    BUILD = "build"
    GAMECENTERAPPVERSION = "gameCenterAppVersion"
    ROUTINGAPPCOVERAGE = "routingAppCoverage"

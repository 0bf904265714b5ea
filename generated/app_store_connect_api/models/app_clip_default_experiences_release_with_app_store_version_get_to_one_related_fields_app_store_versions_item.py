from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedFieldsAppStoreVersionsItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONPACKAGE = "alternativeDistributionPackage"
    APP = "app"
    APPCLIPDEFAULTEXPERIENCE = "appClipDefaultExperience"
    APPSTOREREVIEWDETAIL = "appStoreReviewDetail"
    APPSTORESTATE = "appStoreState"
    APPSTOREVERSIONEXPERIMENTS = "appStoreVersionExperiments"
    APPSTOREVERSIONEXPERIMENTSV2 = "appStoreVersionExperimentsV2"
    APPSTOREVERSIONLOCALIZATIONS = "appStoreVersionLocalizations"
    APPSTOREVERSIONPHASEDRELEASE = "appStoreVersionPhasedRelease"
    APPSTOREVERSIONSUBMISSION = "appStoreVersionSubmission"
    APPVERSIONSTATE = "appVersionState"
    BUILD = "build"
    COPYRIGHT = "copyright"
    CREATEDDATE = "createdDate"
    CUSTOMERREVIEWS = "customerReviews"
    DOWNLOADABLE = "downloadable"
    EARLIESTRELEASEDATE = "earliestReleaseDate"
    GAMECENTERAPPVERSION = "gameCenterAppVersion"
    PLATFORM = "platform"
    RELEASETYPE = "releaseType"
    REVIEWTYPE = "reviewType"
    ROUTINGAPPCOVERAGE = "routingAppCoverage"
    USESIDFA = "usesIdfa"
    VERSIONSTRING = "versionString"

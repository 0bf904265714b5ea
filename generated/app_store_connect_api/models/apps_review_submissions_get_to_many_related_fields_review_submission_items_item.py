from ..types import OpenStrEnum


class AppsReviewSubmissionsGetToManyRelatedFieldsReviewSubmissionItemsItem(OpenStrEnum):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPEVENT = "appEvent"
    APPSTOREVERSION = "appStoreVersion"
    APPSTOREVERSIONEXPERIMENT = "appStoreVersionExperiment"
    APPSTOREVERSIONEXPERIMENTV2 = "appStoreVersionExperimentV2"
    BACKGROUNDASSETVERSION = "backgroundAssetVersion"
    GAMECENTERACHIEVEMENTVERSION = "gameCenterAchievementVersion"
    GAMECENTERACTIVITYVERSION = "gameCenterActivityVersion"
    GAMECENTERCHALLENGEVERSION = "gameCenterChallengeVersion"
    GAMECENTERLEADERBOARDSETVERSION = "gameCenterLeaderboardSetVersion"
    GAMECENTERLEADERBOARDVERSION = "gameCenterLeaderboardVersion"
    INAPPPURCHASEVERSION = "inAppPurchaseVersion"
    STATE = "state"
    SUBSCRIPTIONGROUPVERSION = "subscriptionGroupVersion"
    SUBSCRIPTIONVERSION = "subscriptionVersion"

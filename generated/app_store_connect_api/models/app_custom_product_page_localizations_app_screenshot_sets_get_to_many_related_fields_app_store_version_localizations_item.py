from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem(
    OpenStrEnum
):
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    APPSTOREVERSION = "appStoreVersion"
    DESCRIPTION = "description"
    KEYWORDS = "keywords"
    LOCALE = "locale"
    MARKETINGURL = "marketingUrl"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"
    SUPPORTURL = "supportUrl"
    WHATSNEW = "whatsNew"

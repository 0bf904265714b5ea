from ..types import OpenStrEnum


class AppStoreVersionLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"

from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppScreenshotSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"

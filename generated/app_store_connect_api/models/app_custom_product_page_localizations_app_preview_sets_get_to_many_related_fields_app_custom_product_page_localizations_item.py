from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"

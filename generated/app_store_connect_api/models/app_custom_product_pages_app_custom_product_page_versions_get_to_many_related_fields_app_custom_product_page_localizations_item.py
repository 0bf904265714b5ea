from ..types import OpenStrEnum


class AppCustomProductPagesAppCustomProductPageVersionsGetToManyRelatedFieldsAppCustomProductPageLocalizationsItem(
    OpenStrEnum
):
    APPCUSTOMPRODUCTPAGEVERSION = "appCustomProductPageVersion"
    APPPREVIEWSETS = "appPreviewSets"
    APPSCREENSHOTSETS = "appScreenshotSets"
    LOCALE = "locale"
    PROMOTIONALTEXT = "promotionalText"
    SEARCHKEYWORDS = "searchKeywords"

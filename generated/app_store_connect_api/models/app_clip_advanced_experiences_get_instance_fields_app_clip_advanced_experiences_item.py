from ..types import OpenStrEnum


class AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem(OpenStrEnum):
    ACTION = "action"
    APPCLIP = "appClip"
    BUSINESSCATEGORY = "businessCategory"
    DEFAULTLANGUAGE = "defaultLanguage"
    HEADERIMAGE = "headerImage"
    ISPOWEREDBY = "isPoweredBy"
    LINK = "link"
    LOCALIZATIONS = "localizations"
    PLACE = "place"
    PLACESTATUS = "placeStatus"
    STATUS = "status"
    VERSION = "version"

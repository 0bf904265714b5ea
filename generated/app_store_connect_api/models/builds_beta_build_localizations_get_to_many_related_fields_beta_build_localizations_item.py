from ..types import OpenStrEnum


class BuildsBetaBuildLocalizationsGetToManyRelatedFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

from ..types import OpenStrEnum


class BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

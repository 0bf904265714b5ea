from ..types import OpenStrEnum


class BetaBuildLocalizationsGetInstanceFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

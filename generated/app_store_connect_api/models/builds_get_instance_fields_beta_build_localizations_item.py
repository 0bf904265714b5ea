from ..types import OpenStrEnum


class BuildsGetInstanceFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

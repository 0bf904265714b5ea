from ..types import OpenStrEnum


class BuildsGetCollectionFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

from ..types import OpenStrEnum


class CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

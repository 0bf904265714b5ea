from ..types import OpenStrEnum


class BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem(OpenStrEnum):
    BUILD = "build"
    LOCALE = "locale"
    WHATSNEW = "whatsNew"

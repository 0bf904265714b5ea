from ..types import OpenStrEnum


class BetaBuildLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    BUILD = "build"

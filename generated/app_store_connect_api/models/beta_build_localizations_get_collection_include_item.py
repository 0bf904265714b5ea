from ..types import OpenStrEnum


class BetaBuildLocalizationsGetCollectionIncludeItem(OpenStrEnum):
    BUILD = "build"

from ..types import OpenStrEnum


class BetaAppLocalizationsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"

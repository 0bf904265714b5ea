from ..types import OpenStrEnum


class BetaAppLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"

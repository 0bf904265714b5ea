from ..types import OpenStrEnum


class BetaAppReviewDetailsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"

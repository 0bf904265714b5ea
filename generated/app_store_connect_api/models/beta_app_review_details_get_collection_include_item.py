from ..types import OpenStrEnum


class BetaAppReviewDetailsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"

from ..types import OpenStrEnum


class WinBackOfferAttributesPromotionIntent(OpenStrEnum):
    NOT_PROMOTED = "NOT_PROMOTED"
    USE_AUTO_GENERATED_ASSETS = "USE_AUTO_GENERATED_ASSETS"

from ..types import OpenStrEnum


class AppsMarketplaceSearchDetailGetToOneRelatedFieldsMarketplaceSearchDetailsItem(OpenStrEnum):
    CATALOGURL = "catalogUrl"

from ..types import OpenStrEnum


class MarketplaceWebhooksGetCollectionFieldsMarketplaceWebhooksItem(OpenStrEnum):
    ENDPOINTURL = "endpointUrl"

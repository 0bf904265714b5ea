from ..types import OpenStrEnum


class WebhooksDeliveriesGetToManyRelatedIncludeItem(OpenStrEnum):
    EVENT = "event"

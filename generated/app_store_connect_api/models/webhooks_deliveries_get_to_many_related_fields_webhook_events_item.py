from ..types import OpenStrEnum


class WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    EVENTTYPE = "eventType"
    PAYLOAD = "payload"
    PING = "ping"

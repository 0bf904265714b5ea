from ..types import OpenStrEnum


class WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    DELIVERYSTATE = "deliveryState"
    ERRORMESSAGE = "errorMessage"
    EVENT = "event"
    REDELIVERY = "redelivery"
    REQUEST = "request"
    RESPONSE = "response"
    SENTDATE = "sentDate"

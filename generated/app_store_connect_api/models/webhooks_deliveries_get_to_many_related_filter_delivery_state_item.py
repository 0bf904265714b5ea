from ..types import OpenStrEnum


class WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem(OpenStrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"

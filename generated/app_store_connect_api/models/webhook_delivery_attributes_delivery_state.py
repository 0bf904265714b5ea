from ..types import OpenStrEnum


class WebhookDeliveryAttributesDeliveryState(OpenStrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"

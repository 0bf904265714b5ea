from ..types import OpenStrEnum


class WebhooksGetInstanceFieldsWebhooksItem(OpenStrEnum):
    APP = "app"
    DELIVERIES = "deliveries"
    ENABLED = "enabled"
    EVENTTYPES = "eventTypes"
    NAME = "name"
    URL = "url"

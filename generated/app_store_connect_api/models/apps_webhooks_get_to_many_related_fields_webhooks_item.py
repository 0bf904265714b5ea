from ..types import OpenStrEnum


class AppsWebhooksGetToManyRelatedFieldsWebhooksItem(OpenStrEnum):
    APP = "app"
    DELIVERIES = "deliveries"
    ENABLED = "enabled"
    EVENTTYPES = "eventTypes"
    NAME = "name"
    URL = "url"

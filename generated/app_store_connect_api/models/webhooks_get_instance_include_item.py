from ..types import OpenStrEnum


class WebhooksGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"

from ..types import OpenStrEnum


class AppsWebhooksGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"

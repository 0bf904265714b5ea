from ..types import OpenStrEnum


class AppsAppEventsGetToManyRelatedIncludeItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"

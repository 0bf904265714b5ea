from ..types import OpenStrEnum


class AppEventsGetInstanceIncludeItem(OpenStrEnum):
    LOCALIZATIONS = "localizations"

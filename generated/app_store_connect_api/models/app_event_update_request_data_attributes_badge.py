from ..types import OpenStrEnum


class AppEventUpdateRequestDataAttributesBadge(OpenStrEnum):
    CHALLENGE = "CHALLENGE"
    COMPETITION = "COMPETITION"
    LIVE_EVENT = "LIVE_EVENT"
    MAJOR_UPDATE = "MAJOR_UPDATE"
    NEW_SEASON = "NEW_SEASON"
    PREMIERE = "PREMIERE"
    SPECIAL_EVENT = "SPECIAL_EVENT"

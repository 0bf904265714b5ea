from ..types import OpenStrEnum


class AppClipAction(OpenStrEnum):
    OPEN = "OPEN"
    PLAY = "PLAY"
    VIEW = "VIEW"

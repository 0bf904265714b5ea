from ..types import OpenStrEnum


class GameCenterActivityUpdateRequestDataAttributesPlayStyle(OpenStrEnum):
    ASYNCHRONOUS = "ASYNCHRONOUS"
    SYNCHRONOUS = "SYNCHRONOUS"

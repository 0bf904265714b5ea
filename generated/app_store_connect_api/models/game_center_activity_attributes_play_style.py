from ..types import OpenStrEnum


class GameCenterActivityAttributesPlayStyle(OpenStrEnum):
    ASYNCHRONOUS = "ASYNCHRONOUS"
    SYNCHRONOUS = "SYNCHRONOUS"

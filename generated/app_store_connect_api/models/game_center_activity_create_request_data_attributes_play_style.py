from ..types import OpenStrEnum


class GameCenterActivityCreateRequestDataAttributesPlayStyle(OpenStrEnum):
    ASYNCHRONOUS = "ASYNCHRONOUS"
    SYNCHRONOUS = "SYNCHRONOUS"

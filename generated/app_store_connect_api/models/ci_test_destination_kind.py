from ..types import OpenStrEnum


class CiTestDestinationKind(OpenStrEnum):
    MAC = "MAC"
    SIMULATOR = "SIMULATOR"

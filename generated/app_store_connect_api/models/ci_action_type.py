from ..types import OpenStrEnum


class CiActionType(OpenStrEnum):
    ANALYZE = "ANALYZE"
    ARCHIVE = "ARCHIVE"
    BUILD = "BUILD"
    TEST = "TEST"

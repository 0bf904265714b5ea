from ..types import OpenStrEnum


class PhasedReleaseState(OpenStrEnum):
    ACTIVE = "ACTIVE"
    COMPLETE = "COMPLETE"
    INACTIVE = "INACTIVE"
    PAUSED = "PAUSED"

from ..types import OpenStrEnum


class CiBuildActionsGetInstanceIncludeItem(OpenStrEnum):
    BUILDRUN = "buildRun"

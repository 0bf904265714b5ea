from ..types import OpenStrEnum


class CiBuildRunsActionsGetToManyRelatedIncludeItem(OpenStrEnum):
    BUILDRUN = "buildRun"

from ..types import OpenStrEnum


class CiWorkflowsBuildRunsGetToManyRelatedSortItem(OpenStrEnum):
    NUMBER = "number"
    VALUE_1 = "-number"

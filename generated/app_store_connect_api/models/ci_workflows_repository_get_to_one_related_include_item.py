from ..types import OpenStrEnum


class CiWorkflowsRepositoryGetToOneRelatedIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

from ..types import OpenStrEnum


class CiWorkflowsBuildRunsGetToManyRelatedIncludeItem(OpenStrEnum):
    BUILDS = "builds"
    DESTINATIONBRANCH = "destinationBranch"
    PRODUCT = "product"
    PULLREQUEST = "pullRequest"
    SOURCEBRANCHORTAG = "sourceBranchOrTag"
    WORKFLOW = "workflow"

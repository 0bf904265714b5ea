from ..types import OpenStrEnum


class CiBuildRunsGetInstanceIncludeItem(OpenStrEnum):
    BUILDS = "builds"
    DESTINATIONBRANCH = "destinationBranch"
    PRODUCT = "product"
    PULLREQUEST = "pullRequest"
    SOURCEBRANCHORTAG = "sourceBranchOrTag"
    WORKFLOW = "workflow"

from ..types import OpenStrEnum


class CiBuildActionsBuildRunGetToOneRelatedIncludeItem(OpenStrEnum):
    BUILDS = "builds"
    DESTINATIONBRANCH = "destinationBranch"
    PRODUCT = "product"
    PULLREQUEST = "pullRequest"
    SOURCEBRANCHORTAG = "sourceBranchOrTag"
    WORKFLOW = "workflow"

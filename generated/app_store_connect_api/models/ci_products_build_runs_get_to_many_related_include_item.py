from ..types import OpenStrEnum


class CiProductsBuildRunsGetToManyRelatedIncludeItem(OpenStrEnum):
    BUILDS = "builds"
    DESTINATIONBRANCH = "destinationBranch"
    PRODUCT = "product"
    PULLREQUEST = "pullRequest"
    SOURCEBRANCHORTAG = "sourceBranchOrTag"
    WORKFLOW = "workflow"

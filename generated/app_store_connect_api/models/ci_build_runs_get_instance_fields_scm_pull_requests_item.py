from ..types import OpenStrEnum


class CiBuildRunsGetInstanceFieldsScmPullRequestsItem(OpenStrEnum):
    DESTINATIONBRANCHNAME = "destinationBranchName"
    DESTINATIONREPOSITORYNAME = "destinationRepositoryName"
    DESTINATIONREPOSITORYOWNER = "destinationRepositoryOwner"
    ISCLOSED = "isClosed"
    ISCROSSREPOSITORY = "isCrossRepository"
    NUMBER = "number"
    REPOSITORY = "repository"
    SOURCEBRANCHNAME = "sourceBranchName"
    SOURCEREPOSITORYNAME = "sourceRepositoryName"
    SOURCEREPOSITORYOWNER = "sourceRepositoryOwner"
    TITLE = "title"
    WEBURL = "webUrl"

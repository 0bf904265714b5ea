from ..types import OpenStrEnum


class ScmPullRequestsGetInstanceFieldsScmPullRequestsItem(OpenStrEnum):
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

from ..types import OpenStrEnum


class CiProductsWorkflowsGetToManyRelatedFieldsScmRepositoriesItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    GITREFERENCES = "gitReferences"
    HTTPCLONEURL = "httpCloneUrl"
    LASTACCESSEDDATE = "lastAccessedDate"
    OWNERNAME = "ownerName"
    PULLREQUESTS = "pullRequests"
    REPOSITORYNAME = "repositoryName"
    SCMPROVIDER = "scmProvider"
    SSHCLONEURL = "sshCloneUrl"

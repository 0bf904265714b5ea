from ..types import OpenStrEnum


class ScmGitReferencesGetInstanceFieldsScmRepositoriesItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    GITREFERENCES = "gitReferences"
    HTTPCLONEURL = "httpCloneUrl"
    LASTACCESSEDDATE = "lastAccessedDate"
    OWNERNAME = "ownerName"
    PULLREQUESTS = "pullRequests"
    REPOSITORYNAME = "repositoryName"
    SCMPROVIDER = "scmProvider"
    SSHCLONEURL = "sshCloneUrl"

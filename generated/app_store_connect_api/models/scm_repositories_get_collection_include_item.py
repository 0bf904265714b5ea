from ..types import OpenStrEnum


class ScmRepositoriesGetCollectionIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

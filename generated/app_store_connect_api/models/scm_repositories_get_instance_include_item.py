from ..types import OpenStrEnum


class ScmRepositoriesGetInstanceIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

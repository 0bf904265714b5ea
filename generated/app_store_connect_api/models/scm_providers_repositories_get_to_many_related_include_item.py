from ..types import OpenStrEnum


class ScmProvidersRepositoriesGetToManyRelatedIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

from ..types import OpenStrEnum


class CiProductsPrimaryRepositoriesGetToManyRelatedIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

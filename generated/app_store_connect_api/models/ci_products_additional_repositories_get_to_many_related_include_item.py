from ..types import OpenStrEnum


class CiProductsAdditionalRepositoriesGetToManyRelatedIncludeItem(OpenStrEnum):
    DEFAULTBRANCH = "defaultBranch"
    SCMPROVIDER = "scmProvider"

from ..types import OpenStrEnum


class ScmRepositoriesGetInstanceFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

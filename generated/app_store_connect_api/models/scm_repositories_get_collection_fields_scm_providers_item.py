from ..types import OpenStrEnum


class ScmRepositoriesGetCollectionFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

from ..types import OpenStrEnum


class ScmProvidersGetCollectionFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

from ..types import OpenStrEnum


class ScmProvidersRepositoriesGetToManyRelatedFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

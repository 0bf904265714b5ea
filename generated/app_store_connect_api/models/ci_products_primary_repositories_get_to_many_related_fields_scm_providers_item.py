from ..types import OpenStrEnum


class CiProductsPrimaryRepositoriesGetToManyRelatedFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

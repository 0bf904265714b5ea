from ..types import OpenStrEnum


class CiProductsAdditionalRepositoriesGetToManyRelatedFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

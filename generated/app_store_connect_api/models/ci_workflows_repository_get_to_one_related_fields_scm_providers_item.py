from ..types import OpenStrEnum


class CiWorkflowsRepositoryGetToOneRelatedFieldsScmProvidersItem(OpenStrEnum):
    REPOSITORIES = "repositories"
    SCMPROVIDERTYPE = "scmProviderType"
    URL = "url"

from ..types import OpenStrEnum


class ScmProvidersRepositoriesGetToManyRelatedFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

from ..types import OpenStrEnum


class ScmRepositoriesGitReferencesGetToManyRelatedFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

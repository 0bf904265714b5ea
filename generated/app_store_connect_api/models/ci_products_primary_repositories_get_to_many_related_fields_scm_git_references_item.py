from ..types import OpenStrEnum


class CiProductsPrimaryRepositoriesGetToManyRelatedFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

from ..types import OpenStrEnum


class CiProductsAdditionalRepositoriesGetToManyRelatedFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

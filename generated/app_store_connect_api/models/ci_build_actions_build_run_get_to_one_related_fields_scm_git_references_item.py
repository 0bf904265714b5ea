from ..types import OpenStrEnum


class CiBuildActionsBuildRunGetToOneRelatedFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

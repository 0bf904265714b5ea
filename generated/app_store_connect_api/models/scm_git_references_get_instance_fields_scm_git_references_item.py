from ..types import OpenStrEnum


class ScmGitReferencesGetInstanceFieldsScmGitReferencesItem(OpenStrEnum):
    CANONICALNAME = "canonicalName"
    ISDELETED = "isDeleted"
    KIND = "kind"
    NAME = "name"
    REPOSITORY = "repository"

from ..types import OpenStrEnum


class ScmRepositoriesGitReferencesGetToManyRelatedIncludeItem(OpenStrEnum):
    REPOSITORY = "repository"

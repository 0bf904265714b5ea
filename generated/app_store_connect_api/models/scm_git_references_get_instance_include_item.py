from ..types import OpenStrEnum


class ScmGitReferencesGetInstanceIncludeItem(OpenStrEnum):
    REPOSITORY = "repository"

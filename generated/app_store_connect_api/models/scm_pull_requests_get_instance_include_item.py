from ..types import OpenStrEnum


class ScmPullRequestsGetInstanceIncludeItem(OpenStrEnum):
    REPOSITORY = "repository"

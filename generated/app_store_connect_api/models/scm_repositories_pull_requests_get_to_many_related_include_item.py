from ..types import OpenStrEnum


class ScmRepositoriesPullRequestsGetToManyRelatedIncludeItem(OpenStrEnum):
    REPOSITORY = "repository"

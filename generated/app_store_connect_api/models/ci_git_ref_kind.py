from ..types import OpenStrEnum


class CiGitRefKind(OpenStrEnum):
    BRANCH = "BRANCH"
    TAG = "TAG"

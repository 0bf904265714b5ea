from ..types import OpenStrEnum


class AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem(OpenStrEnum):
    BUILD = "build"
    TESTER = "tester"

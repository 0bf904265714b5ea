from ..types import OpenStrEnum


class BetaFeedbackCrashSubmissionsGetInstanceIncludeItem(OpenStrEnum):
    BUILD = "build"
    TESTER = "tester"

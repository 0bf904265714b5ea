from ..types import OpenStrEnum


class AppsBetaFeedbackScreenshotSubmissionsGetToManyRelatedIncludeItem(OpenStrEnum):
    BUILD = "build"
    TESTER = "tester"

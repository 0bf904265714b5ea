from ..types import OpenStrEnum


class BetaFeedbackScreenshotSubmissionsGetInstanceIncludeItem(OpenStrEnum):
    BUILD = "build"
    TESTER = "tester"

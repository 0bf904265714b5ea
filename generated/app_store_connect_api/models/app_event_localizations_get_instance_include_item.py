from ..types import OpenStrEnum


class AppEventLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"

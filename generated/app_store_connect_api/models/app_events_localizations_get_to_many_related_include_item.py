from ..types import OpenStrEnum


class AppEventsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"

from ..types import OpenStrEnum


class AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"
    LOCALE = "locale"
    LONGDESCRIPTION = "longDescription"
    NAME = "name"
    SHORTDESCRIPTION = "shortDescription"

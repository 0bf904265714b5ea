from ..types import OpenStrEnum


class AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"
    LOCALE = "locale"
    LONGDESCRIPTION = "longDescription"
    NAME = "name"
    SHORTDESCRIPTION = "shortDescription"

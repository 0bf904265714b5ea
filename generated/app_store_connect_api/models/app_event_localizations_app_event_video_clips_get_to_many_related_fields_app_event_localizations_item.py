from ..types import OpenStrEnum


class AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"
    LOCALE = "locale"
    LONGDESCRIPTION = "longDescription"
    NAME = "name"
    SHORTDESCRIPTION = "shortDescription"

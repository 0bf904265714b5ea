from ..types import OpenStrEnum


class AppEventLocalizationsAppEventScreenshotsGetToManyRelatedFieldsAppEventLocalizationsItem(OpenStrEnum):
    APPEVENT = "appEvent"
    APPEVENTSCREENSHOTS = "appEventScreenshots"
    APPEVENTVIDEOCLIPS = "appEventVideoClips"
    LOCALE = "locale"
    LONGDESCRIPTION = "longDescription"
    NAME = "name"
    SHORTDESCRIPTION = "shortDescription"

from ..types import OpenStrEnum


class AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPEVENTLOCALIZATION = "appEventLocalization"

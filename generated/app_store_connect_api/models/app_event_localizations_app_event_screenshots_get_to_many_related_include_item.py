from ..types import OpenStrEnum


class AppEventLocalizationsAppEventScreenshotsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPEVENTLOCALIZATION = "appEventLocalization"

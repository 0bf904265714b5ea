from ..types import OpenStrEnum


class AppEventScreenshotsGetInstanceIncludeItem(OpenStrEnum):
    APPEVENTLOCALIZATION = "appEventLocalization"

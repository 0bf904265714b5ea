from ..types import OpenStrEnum


class AppEventVideoClipsGetInstanceIncludeItem(OpenStrEnum):
    APPEVENTLOCALIZATION = "appEventLocalization"

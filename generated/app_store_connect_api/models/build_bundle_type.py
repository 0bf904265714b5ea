from ..types import OpenStrEnum


class BuildBundleType(OpenStrEnum):
    APP = "APP"
    APP_CLIP = "APP_CLIP"
    WATCH_APP = "WATCH_APP"

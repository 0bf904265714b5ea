from ..types import OpenStrEnum


class AppPreviewsGetInstanceIncludeItem(OpenStrEnum):
    APPPREVIEWSET = "appPreviewSet"

from ..types import OpenStrEnum


class AppPreviewSetsAppPreviewsGetToManyRelatedIncludeItem(OpenStrEnum):
    APPPREVIEWSET = "appPreviewSet"

from ..types import OpenStrEnum


class AppInfosSecondaryCategoryGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

from ..types import OpenStrEnum


class AppInfosPrimaryCategoryGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

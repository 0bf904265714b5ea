from ..types import OpenStrEnum


class AppInfosPrimarySubcategoryOneGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

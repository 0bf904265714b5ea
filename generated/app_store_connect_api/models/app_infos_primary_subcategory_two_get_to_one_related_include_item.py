from ..types import OpenStrEnum


class AppInfosPrimarySubcategoryTwoGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

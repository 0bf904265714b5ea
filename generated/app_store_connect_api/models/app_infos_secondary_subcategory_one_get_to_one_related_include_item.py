from ..types import OpenStrEnum


class AppInfosSecondarySubcategoryOneGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

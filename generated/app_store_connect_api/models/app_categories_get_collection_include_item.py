from ..types import OpenStrEnum


class AppCategoriesGetCollectionIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

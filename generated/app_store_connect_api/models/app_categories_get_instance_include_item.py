from ..types import OpenStrEnum


class AppCategoriesGetInstanceIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

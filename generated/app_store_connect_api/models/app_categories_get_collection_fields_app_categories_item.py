from ..types import OpenStrEnum


class AppCategoriesGetCollectionFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

from ..types import OpenStrEnum


class AppInfosPrimaryCategoryGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

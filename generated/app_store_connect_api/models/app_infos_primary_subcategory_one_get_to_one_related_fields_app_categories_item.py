from ..types import OpenStrEnum


class AppInfosPrimarySubcategoryOneGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

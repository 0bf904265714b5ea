from ..types import OpenStrEnum


class AppInfosPrimarySubcategoryTwoGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

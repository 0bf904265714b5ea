from ..types import OpenStrEnum


class AppInfosSecondarySubcategoryOneGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

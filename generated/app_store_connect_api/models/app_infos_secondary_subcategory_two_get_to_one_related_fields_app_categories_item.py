from ..types import OpenStrEnum


class AppInfosSecondarySubcategoryTwoGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

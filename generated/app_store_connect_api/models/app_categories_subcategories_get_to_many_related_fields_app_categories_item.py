from ..types import OpenStrEnum


class AppCategoriesSubcategoriesGetToManyRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

from ..types import OpenStrEnum


class AppCategoriesParentGetToOneRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

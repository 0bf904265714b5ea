from ..types import OpenStrEnum


class AppsAppInfosGetToManyRelatedFieldsAppCategoriesItem(OpenStrEnum):
    PARENT = "parent"
    PLATFORMS = "platforms"
    SUBCATEGORIES = "subcategories"

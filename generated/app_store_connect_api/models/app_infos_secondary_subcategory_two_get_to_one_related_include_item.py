from ..types import OpenStrEnum


class AppInfosSecondarySubcategoryTwoGetToOneRelatedIncludeItem(OpenStrEnum):
    PARENT = "parent"
    SUBCATEGORIES = "subcategories"

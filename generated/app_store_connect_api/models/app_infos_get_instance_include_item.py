from ..types import OpenStrEnum


class AppInfosGetInstanceIncludeItem(OpenStrEnum):
    AGERATINGDECLARATION = "ageRatingDeclaration"
    APP = "app"
    APPINFOLOCALIZATIONS = "appInfoLocalizations"
    PRIMARYCATEGORY = "primaryCategory"
    PRIMARYSUBCATEGORYONE = "primarySubcategoryOne"
    PRIMARYSUBCATEGORYTWO = "primarySubcategoryTwo"
    SECONDARYCATEGORY = "secondaryCategory"
    SECONDARYSUBCATEGORYONE = "secondarySubcategoryOne"
    SECONDARYSUBCATEGORYTWO = "secondarySubcategoryTwo"

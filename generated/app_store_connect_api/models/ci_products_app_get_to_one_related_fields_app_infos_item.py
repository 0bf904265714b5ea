from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsAppInfosItem(OpenStrEnum):
    AGERATINGDECLARATION = "ageRatingDeclaration"
    APP = "app"
    APPINFOLOCALIZATIONS = "appInfoLocalizations"
    APPSTOREAGERATING = "appStoreAgeRating"
    APPSTORESTATE = "appStoreState"
    AUSTRALIAAGERATING = "australiaAgeRating"
    BRAZILAGERATING = "brazilAgeRating"
    BRAZILAGERATINGV2 = "brazilAgeRatingV2"
    FRANCEAGERATING = "franceAgeRating"
    KOREAAGERATING = "koreaAgeRating"
    PRIMARYCATEGORY = "primaryCategory"
    PRIMARYSUBCATEGORYONE = "primarySubcategoryOne"
    PRIMARYSUBCATEGORYTWO = "primarySubcategoryTwo"
    SECONDARYCATEGORY = "secondaryCategory"
    SECONDARYSUBCATEGORYONE = "secondarySubcategoryOne"
    SECONDARYSUBCATEGORYTWO = "secondarySubcategoryTwo"
    STATE = "state"
    TERRITORYAGERATINGS = "territoryAgeRatings"

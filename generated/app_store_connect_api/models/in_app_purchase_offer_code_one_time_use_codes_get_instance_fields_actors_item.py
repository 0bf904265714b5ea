from ..types import OpenStrEnum


class InAppPurchaseOfferCodeOneTimeUseCodesGetInstanceFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

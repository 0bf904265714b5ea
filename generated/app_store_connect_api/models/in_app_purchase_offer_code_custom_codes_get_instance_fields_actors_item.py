from ..types import OpenStrEnum


class InAppPurchaseOfferCodeCustomCodesGetInstanceFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

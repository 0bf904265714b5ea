from ..types import OpenStrEnum


class InAppPurchaseOfferCodesCustomCodesGetToManyRelatedFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

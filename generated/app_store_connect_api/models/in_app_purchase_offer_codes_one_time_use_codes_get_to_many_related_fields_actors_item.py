from ..types import OpenStrEnum


class InAppPurchaseOfferCodesOneTimeUseCodesGetToManyRelatedFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

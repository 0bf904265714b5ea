from ..types import OpenStrEnum


class AppsReviewSubmissionsGetToManyRelatedFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

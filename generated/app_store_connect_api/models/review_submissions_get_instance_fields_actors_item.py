from ..types import OpenStrEnum


class ReviewSubmissionsGetInstanceFieldsActorsItem(OpenStrEnum):
    ACTORTYPE = "actorType"
    APIKEYID = "apiKeyId"
    USEREMAIL = "userEmail"
    USERFIRSTNAME = "userFirstName"
    USERLASTNAME = "userLastName"

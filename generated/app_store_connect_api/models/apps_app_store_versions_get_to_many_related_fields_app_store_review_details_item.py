from ..types import OpenStrEnum


class AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem(OpenStrEnum):
    APPSTOREREVIEWATTACHMENTS = "appStoreReviewAttachments"
    APPSTOREVERSION = "appStoreVersion"
    CONTACTEMAIL = "contactEmail"
    CONTACTFIRSTNAME = "contactFirstName"
    CONTACTLASTNAME = "contactLastName"
    CONTACTPHONE = "contactPhone"
    DEMOACCOUNTNAME = "demoAccountName"
    DEMOACCOUNTPASSWORD = "demoAccountPassword"
    DEMOACCOUNTREQUIRED = "demoAccountRequired"
    NOTES = "notes"

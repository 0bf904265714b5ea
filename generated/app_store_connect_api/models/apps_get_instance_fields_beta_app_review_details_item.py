from ..types import OpenStrEnum


class AppsGetInstanceFieldsBetaAppReviewDetailsItem(OpenStrEnum):
    APP = "app"
    CONTACTEMAIL = "contactEmail"
    CONTACTFIRSTNAME = "contactFirstName"
    CONTACTLASTNAME = "contactLastName"
    CONTACTPHONE = "contactPhone"
    DEMOACCOUNTNAME = "demoAccountName"
    DEMOACCOUNTPASSWORD = "demoAccountPassword"
    DEMOACCOUNTREQUIRED = "demoAccountRequired"
    NOTES = "notes"

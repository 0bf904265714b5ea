from ..types import OpenStrEnum


class AppsGetInstanceFieldsEndUserLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"
    TERRITORIES = "territories"

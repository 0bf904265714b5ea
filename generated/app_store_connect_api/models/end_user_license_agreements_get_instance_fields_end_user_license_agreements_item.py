from ..types import OpenStrEnum


class EndUserLicenseAgreementsGetInstanceFieldsEndUserLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"
    TERRITORIES = "territories"

from ..types import OpenStrEnum


class AppsGetCollectionFieldsEndUserLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"
    TERRITORIES = "territories"

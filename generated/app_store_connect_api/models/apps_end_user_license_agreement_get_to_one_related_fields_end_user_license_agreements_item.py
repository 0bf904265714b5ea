from ..types import OpenStrEnum


class AppsEndUserLicenseAgreementGetToOneRelatedFieldsEndUserLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"
    TERRITORIES = "territories"

from ..types import OpenStrEnum


class AppsBetaLicenseAgreementGetToOneRelatedFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

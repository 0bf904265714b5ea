from ..types import OpenStrEnum


class BetaLicenseAgreementsGetCollectionFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

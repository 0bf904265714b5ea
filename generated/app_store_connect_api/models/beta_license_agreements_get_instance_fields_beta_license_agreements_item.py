from ..types import OpenStrEnum


class BetaLicenseAgreementsGetInstanceFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

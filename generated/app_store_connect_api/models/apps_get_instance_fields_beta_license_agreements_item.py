from ..types import OpenStrEnum


class AppsGetInstanceFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

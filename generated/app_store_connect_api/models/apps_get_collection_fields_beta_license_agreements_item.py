from ..types import OpenStrEnum


class AppsGetCollectionFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

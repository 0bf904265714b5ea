from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsBetaLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"

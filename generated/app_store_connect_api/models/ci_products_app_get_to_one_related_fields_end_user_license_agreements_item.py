from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsEndUserLicenseAgreementsItem(OpenStrEnum):
    AGREEMENTTEXT = "agreementText"
    APP = "app"
    TERRITORIES = "territories"

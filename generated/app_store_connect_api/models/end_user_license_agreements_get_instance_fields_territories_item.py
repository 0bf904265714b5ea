from ..types import OpenStrEnum


class EndUserLicenseAgreementsGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

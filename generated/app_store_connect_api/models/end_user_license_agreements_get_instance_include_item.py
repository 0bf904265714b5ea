from ..types import OpenStrEnum


class EndUserLicenseAgreementsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    TERRITORIES = "territories"

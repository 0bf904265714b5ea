from ..types import OpenStrEnum


class BetaLicenseAgreementsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"

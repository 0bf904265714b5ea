from ..types import OpenStrEnum


class BetaLicenseAgreementsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"

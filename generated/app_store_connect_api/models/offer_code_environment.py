from ..types import OpenStrEnum


class OfferCodeEnvironment(OpenStrEnum):
    PRODUCTION = "PRODUCTION"
    SANDBOX = "SANDBOX"

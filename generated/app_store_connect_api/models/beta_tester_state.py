from ..types import OpenStrEnum


class BetaTesterState(OpenStrEnum):
    ACCEPTED = "ACCEPTED"
    INSTALLED = "INSTALLED"
    INVITED = "INVITED"
    NOT_INVITED = "NOT_INVITED"
    REVOKED = "REVOKED"

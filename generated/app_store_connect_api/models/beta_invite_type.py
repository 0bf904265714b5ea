from ..types import OpenStrEnum


class BetaInviteType(OpenStrEnum):
    EMAIL = "EMAIL"
    PUBLIC_LINK = "PUBLIC_LINK"

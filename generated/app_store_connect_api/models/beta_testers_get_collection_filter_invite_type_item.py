from ..types import OpenStrEnum


class BetaTestersGetCollectionFilterInviteTypeItem(OpenStrEnum):
    EMAIL = "EMAIL"
    PUBLIC_LINK = "PUBLIC_LINK"

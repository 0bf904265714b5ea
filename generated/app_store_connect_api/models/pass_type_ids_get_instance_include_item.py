from ..types import OpenStrEnum


class PassTypeIdsGetInstanceIncludeItem(OpenStrEnum):
    CERTIFICATES = "certificates"

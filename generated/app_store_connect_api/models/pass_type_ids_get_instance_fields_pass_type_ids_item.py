from ..types import OpenStrEnum


class PassTypeIdsGetInstanceFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

from ..types import OpenStrEnum


class PassTypeIdsGetCollectionFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

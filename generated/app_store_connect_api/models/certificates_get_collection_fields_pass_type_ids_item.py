from ..types import OpenStrEnum


class CertificatesGetCollectionFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

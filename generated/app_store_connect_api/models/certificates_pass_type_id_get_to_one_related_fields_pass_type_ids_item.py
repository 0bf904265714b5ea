from ..types import OpenStrEnum


class CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

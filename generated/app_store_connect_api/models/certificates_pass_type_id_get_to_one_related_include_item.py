from ..types import OpenStrEnum


class CertificatesPassTypeIdGetToOneRelatedIncludeItem(OpenStrEnum):
    CERTIFICATES = "certificates"

from ..types import OpenStrEnum


class CertificatesGetCollectionIncludeItem(OpenStrEnum):
    PASSTYPEID = "passTypeId"

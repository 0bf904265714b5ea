from ..types import OpenStrEnum


class CertificatesGetInstanceIncludeItem(OpenStrEnum):
    PASSTYPEID = "passTypeId"

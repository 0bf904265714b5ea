from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsAndroidToIosAppMappingDetailsItem(OpenStrEnum):
    APPSIGNINGKEYPUBLICCERTIFICATESHA256FINGERPRINTS = "appSigningKeyPublicCertificateSha256Fingerprints"
    PACKAGENAME = "packageName"

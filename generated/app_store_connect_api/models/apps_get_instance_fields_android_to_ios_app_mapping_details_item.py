from ..types import OpenStrEnum


class AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem(OpenStrEnum):
    APPSIGNINGKEYPUBLICCERTIFICATESHA256FINGERPRINTS = "appSigningKeyPublicCertificateSha256Fingerprints"
    PACKAGENAME = "packageName"

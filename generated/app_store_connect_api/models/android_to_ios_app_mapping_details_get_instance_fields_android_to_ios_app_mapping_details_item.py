from ..types import OpenStrEnum


class AndroidToIosAppMappingDetailsGetInstanceFieldsAndroidToIosAppMappingDetailsItem(OpenStrEnum):
    APPSIGNINGKEYPUBLICCERTIFICATESHA256FINGERPRINTS = "appSigningKeyPublicCertificateSha256Fingerprints"
    PACKAGENAME = "packageName"

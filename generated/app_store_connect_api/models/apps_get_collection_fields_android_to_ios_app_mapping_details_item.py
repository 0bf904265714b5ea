from ..types import OpenStrEnum


class AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem(OpenStrEnum):
    APPSIGNINGKEYPUBLICCERTIFICATESHA256FINGERPRINTS = "appSigningKeyPublicCertificateSha256Fingerprints"
    PACKAGENAME = "packageName"

from ..types import OpenStrEnum


class AppsAndroidToIosAppMappingDetailsGetToManyRelatedFieldsAndroidToIosAppMappingDetailsItem(OpenStrEnum):
    APPSIGNINGKEYPUBLICCERTIFICATESHA256FINGERPRINTS = "appSigningKeyPublicCertificateSha256Fingerprints"
    PACKAGENAME = "packageName"

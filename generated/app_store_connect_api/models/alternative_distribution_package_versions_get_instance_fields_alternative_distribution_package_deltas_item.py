from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

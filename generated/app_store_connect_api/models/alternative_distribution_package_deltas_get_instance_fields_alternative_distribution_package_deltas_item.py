from ..types import OpenStrEnum


class AlternativeDistributionPackageDeltasGetInstanceFieldsAlternativeDistributionPackageDeltasItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

from ..types import OpenStrEnum


class AlternativeDistributionPackageVariantsGetInstanceFieldsAlternativeDistributionPackageVariantsItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

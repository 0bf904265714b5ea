from ..types import OpenStrEnum


class AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

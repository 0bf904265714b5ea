from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionsDeltasGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

from ..types import OpenStrEnum


class AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONKEYBLOB = "alternativeDistributionKeyBlob"
    FILECHECKSUM = "fileChecksum"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"

from ..types import OpenStrEnum


class AppStoreVersionsAlternativeDistributionPackageGetToOneRelatedFieldsAlternativeDistributionPackageVersionsItem(
    OpenStrEnum
):
    ALTERNATIVEDISTRIBUTIONPACKAGE = "alternativeDistributionPackage"
    DELTAS = "deltas"
    FILECHECKSUM = "fileChecksum"
    STATE = "state"
    URL = "url"
    URLEXPIRATIONDATE = "urlExpirationDate"
    VARIANTS = "variants"
    VERSION = "version"

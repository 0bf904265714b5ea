from ..types import OpenStrEnum


class AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    ALTERNATIVEDISTRIBUTIONPACKAGE = "alternativeDistributionPackage"
    DELTAS = "deltas"
    VARIANTS = "variants"

from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionsGetInstanceIncludeItem(OpenStrEnum):
    ALTERNATIVEDISTRIBUTIONPACKAGE = "alternativeDistributionPackage"
    DELTAS = "deltas"
    VARIANTS = "variants"

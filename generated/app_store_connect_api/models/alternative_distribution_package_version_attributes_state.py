from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionAttributesState(OpenStrEnum):
    COMPLETED = "COMPLETED"
    REPLACED = "REPLACED"

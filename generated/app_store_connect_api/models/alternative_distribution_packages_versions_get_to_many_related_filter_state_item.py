from ..types import OpenStrEnum


class AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem(OpenStrEnum):
    COMPLETED = "COMPLETED"
    REPLACED = "REPLACED"

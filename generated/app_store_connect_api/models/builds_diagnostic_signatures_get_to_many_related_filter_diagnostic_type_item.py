from ..types import OpenStrEnum


class BuildsDiagnosticSignaturesGetToManyRelatedFilterDiagnosticTypeItem(OpenStrEnum):
    DISK_WRITES = "DISK_WRITES"
    HANGS = "HANGS"
    LAUNCHES = "LAUNCHES"

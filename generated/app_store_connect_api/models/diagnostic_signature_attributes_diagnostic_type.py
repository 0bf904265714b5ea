from ..types import OpenStrEnum


class DiagnosticSignatureAttributesDiagnosticType(OpenStrEnum):
    DISK_WRITES = "DISK_WRITES"
    HANGS = "HANGS"
    LAUNCHES = "LAUNCHES"

from ..types import OpenStrEnum


class BuildsDiagnosticSignaturesGetToManyRelatedFieldsDiagnosticSignaturesItem(OpenStrEnum):
    DIAGNOSTICTYPE = "diagnosticType"
    INSIGHT = "insight"
    LOGS = "logs"
    SIGNATURE = "signature"
    WEIGHT = "weight"

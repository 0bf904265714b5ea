from ..types import OpenStrEnum


class DiagnosticInsightType(OpenStrEnum):
    TREND = "TREND"

from ..types import OpenStrEnum


class DiagnosticInsightDirection(OpenStrEnum):
    DOWN = "DOWN"
    UNDEFINED = "UNDEFINED"
    UP = "UP"

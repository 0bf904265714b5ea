from ..types import OpenStrEnum


class BetaTestersBetaTesterUsagesGetMetricsPeriod(OpenStrEnum):
    P30D = "P30D"
    P365D = "P365D"
    P7D = "P7D"
    P90D = "P90D"

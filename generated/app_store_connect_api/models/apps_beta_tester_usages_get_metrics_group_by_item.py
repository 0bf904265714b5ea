from ..types import OpenStrEnum


class AppsBetaTesterUsagesGetMetricsGroupByItem(OpenStrEnum):
    BETATESTERS = "betaTesters"

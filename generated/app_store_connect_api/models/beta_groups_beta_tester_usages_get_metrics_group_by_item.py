from ..types import OpenStrEnum


class BetaGroupsBetaTesterUsagesGetMetricsGroupByItem(OpenStrEnum):
    BETATESTERS = "betaTesters"

from ..types import OpenStrEnum


class GameCenterMatchmakingRuleErrorsV1MetricResponseDataItemGranularity(OpenStrEnum):
    P1D = "P1D"
    PT15M = "PT15M"
    PT1H = "PT1H"

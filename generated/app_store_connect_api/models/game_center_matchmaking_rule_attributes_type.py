from ..types import OpenStrEnum


class GameCenterMatchmakingRuleAttributesType(OpenStrEnum):
    COMPATIBLE = "COMPATIBLE"
    DISTANCE = "DISTANCE"
    MATCH = "MATCH"
    TEAM = "TEAM"

from ..types import OpenStrEnum


class GameCenterMatchmakingRuleCreateRequestDataAttributesType(OpenStrEnum):
    COMPATIBLE = "COMPATIBLE"
    DISTANCE = "DISTANCE"
    MATCH = "MATCH"
    TEAM = "TEAM"

from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesGetInstanceIncludeItem(OpenStrEnum):
    EXPERIMENTRULESET = "experimentRuleSet"
    RULESET = "ruleSet"

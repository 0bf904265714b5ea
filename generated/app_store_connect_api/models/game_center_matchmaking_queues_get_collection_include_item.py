from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesGetCollectionIncludeItem(OpenStrEnum):
    EXPERIMENTRULESET = "experimentRuleSet"
    RULESET = "ruleSet"

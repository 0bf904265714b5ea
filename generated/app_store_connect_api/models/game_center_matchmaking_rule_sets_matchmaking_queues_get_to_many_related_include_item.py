from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsMatchmakingQueuesGetToManyRelatedIncludeItem(OpenStrEnum):
    EXPERIMENTRULESET = "experimentRuleSet"
    RULESET = "ruleSet"

from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem(OpenStrEnum):
    CLASSICMATCHMAKINGBUNDLEIDS = "classicMatchmakingBundleIds"
    EXPERIMENTRULESET = "experimentRuleSet"
    REFERENCENAME = "referenceName"
    RULESET = "ruleSet"

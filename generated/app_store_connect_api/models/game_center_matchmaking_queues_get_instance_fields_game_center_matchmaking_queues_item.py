from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesGetInstanceFieldsGameCenterMatchmakingQueuesItem(OpenStrEnum):
    CLASSICMATCHMAKINGBUNDLEIDS = "classicMatchmakingBundleIds"
    EXPERIMENTRULESET = "experimentRuleSet"
    REFERENCENAME = "referenceName"
    RULESET = "ruleSet"

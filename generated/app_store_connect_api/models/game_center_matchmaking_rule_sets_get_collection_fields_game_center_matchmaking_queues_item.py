from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem(OpenStrEnum):
    CLASSICMATCHMAKINGBUNDLEIDS = "classicMatchmakingBundleIds"
    EXPERIMENTRULESET = "experimentRuleSet"
    REFERENCENAME = "referenceName"
    RULESET = "ruleSet"

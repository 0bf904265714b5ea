from ..types import OpenStrEnum


class GameCenterMatchmakingQueuesGetCollectionFieldsGameCenterMatchmakingQueuesItem(OpenStrEnum):
    CLASSICMATCHMAKINGBUNDLEIDS = "classicMatchmakingBundleIds"
    EXPERIMENTRULESET = "experimentRuleSet"
    REFERENCENAME = "referenceName"
    RULESET = "ruleSet"

from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsMatchmakingQueuesGetToManyRelatedFieldsGameCenterMatchmakingQueuesItem(
    OpenStrEnum
):
    CLASSICMATCHMAKINGBUNDLEIDS = "classicMatchmakingBundleIds"
    EXPERIMENTRULESET = "experimentRuleSet"
    REFERENCENAME = "referenceName"
    RULESET = "ruleSet"

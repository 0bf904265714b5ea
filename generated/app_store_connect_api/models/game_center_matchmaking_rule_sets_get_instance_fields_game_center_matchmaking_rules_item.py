from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem(OpenStrEnum):
    DESCRIPTION = "description"
    EXPRESSION = "expression"
    REFERENCENAME = "referenceName"
    TYPE = "type"
    WEIGHT = "weight"

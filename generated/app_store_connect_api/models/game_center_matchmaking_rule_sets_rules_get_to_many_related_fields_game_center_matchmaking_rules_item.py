from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsRulesGetToManyRelatedFieldsGameCenterMatchmakingRulesItem(OpenStrEnum):
    DESCRIPTION = "description"
    EXPRESSION = "expression"
    REFERENCENAME = "referenceName"
    TYPE = "type"
    WEIGHT = "weight"

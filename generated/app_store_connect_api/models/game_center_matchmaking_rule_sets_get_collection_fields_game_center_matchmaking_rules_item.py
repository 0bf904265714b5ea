from ..types import OpenStrEnum


class GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem(OpenStrEnum):
    DESCRIPTION = "description"
    EXPRESSION = "expression"
    REFERENCENAME = "referenceName"
    TYPE = "type"
    WEIGHT = "weight"

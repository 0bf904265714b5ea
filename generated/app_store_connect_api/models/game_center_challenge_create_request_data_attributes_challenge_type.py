from ..types import OpenStrEnum


class GameCenterChallengeCreateRequestDataAttributesChallengeType(OpenStrEnum):
    LEADERBOARD = "LEADERBOARD"

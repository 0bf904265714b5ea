from ..types import OpenStrEnum


class GameCenterChallengeAttributesChallengeType(OpenStrEnum):
    LEADERBOARD = "LEADERBOARD"

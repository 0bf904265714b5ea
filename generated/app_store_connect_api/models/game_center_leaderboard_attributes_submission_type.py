from ..types import OpenStrEnum


class GameCenterLeaderboardAttributesSubmissionType(OpenStrEnum):
    BEST_SCORE = "BEST_SCORE"
    MOST_RECENT_SCORE = "MOST_RECENT_SCORE"

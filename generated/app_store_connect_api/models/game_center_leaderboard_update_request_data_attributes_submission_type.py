from ..types import OpenStrEnum


class GameCenterLeaderboardUpdateRequestDataAttributesSubmissionType(OpenStrEnum):
    BEST_SCORE = "BEST_SCORE"
    MOST_RECENT_SCORE = "MOST_RECENT_SCORE"

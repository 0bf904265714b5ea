from ..types import OpenStrEnum


class GameCenterLeaderboardV2UpdateRequestDataAttributesSubmissionType(OpenStrEnum):
    BEST_SCORE = "BEST_SCORE"
    MOST_RECENT_SCORE = "MOST_RECENT_SCORE"

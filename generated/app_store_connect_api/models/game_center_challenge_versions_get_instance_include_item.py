from ..types import OpenStrEnum


class GameCenterChallengeVersionsGetInstanceIncludeItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"

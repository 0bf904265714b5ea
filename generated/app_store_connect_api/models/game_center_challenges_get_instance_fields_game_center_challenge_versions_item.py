from ..types import OpenStrEnum


class GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

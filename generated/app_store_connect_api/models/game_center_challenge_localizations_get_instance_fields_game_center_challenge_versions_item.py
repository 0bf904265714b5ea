from ..types import OpenStrEnum


class GameCenterChallengeLocalizationsGetInstanceFieldsGameCenterChallengeVersionsItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

from ..types import OpenStrEnum


class GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

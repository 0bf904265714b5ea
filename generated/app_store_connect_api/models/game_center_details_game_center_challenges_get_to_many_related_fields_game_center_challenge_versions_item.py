from ..types import OpenStrEnum


class GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

from ..types import OpenStrEnum


class GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

from ..types import OpenStrEnum


class GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem(
    OpenStrEnum
):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
    STATE = "state"
    VERSION = "version"

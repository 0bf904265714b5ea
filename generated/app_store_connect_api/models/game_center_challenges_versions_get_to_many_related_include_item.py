from ..types import OpenStrEnum


class GameCenterChallengesVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    CHALLENGE = "challenge"
    DEFAULTIMAGE = "defaultImage"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"

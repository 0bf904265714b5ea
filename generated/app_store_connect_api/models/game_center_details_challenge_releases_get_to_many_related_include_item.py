from ..types import OpenStrEnum


class GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    VERSION = "version"

from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem(
    OpenStrEnum
):
    ACTIVITY = "activity"
    ACTIVITYPROPERTIES = "activityProperties"
    ARCHIVED = "archived"
    CHALLENGE = "challenge"
    DEFAULTFORMATTER = "defaultFormatter"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GROUPLEADERBOARD = "groupLeaderboard"
    LOCALIZATIONS = "localizations"
    RECURRENCEDURATION = "recurrenceDuration"
    RECURRENCERULE = "recurrenceRule"
    RECURRENCESTARTDATE = "recurrenceStartDate"
    REFERENCENAME = "referenceName"
    RELEASES = "releases"
    SCORERANGEEND = "scoreRangeEnd"
    SCORERANGESTART = "scoreRangeStart"
    SCORESORTTYPE = "scoreSortType"
    SUBMISSIONTYPE = "submissionType"
    VENDORIDENTIFIER = "vendorIdentifier"
    VISIBILITY = "visibility"

from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem(OpenStrEnum):
    ACTIVITY = "activity"
    ACTIVITYPROPERTIES = "activityProperties"
    ARCHIVED = "archived"
    CHALLENGE = "challenge"
    DEFAULTFORMATTER = "defaultFormatter"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    RECURRENCEDURATION = "recurrenceDuration"
    RECURRENCERULE = "recurrenceRule"
    RECURRENCESTARTDATE = "recurrenceStartDate"
    REFERENCENAME = "referenceName"
    SCORERANGEEND = "scoreRangeEnd"
    SCORERANGESTART = "scoreRangeStart"
    SCORESORTTYPE = "scoreSortType"
    SUBMISSIONTYPE = "submissionType"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
    VISIBILITY = "visibility"

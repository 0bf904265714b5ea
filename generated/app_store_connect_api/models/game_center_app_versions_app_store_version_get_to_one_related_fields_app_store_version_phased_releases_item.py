from ..types import OpenStrEnum


class GameCenterAppVersionsAppStoreVersionGetToOneRelatedFieldsAppStoreVersionPhasedReleasesItem(OpenStrEnum):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

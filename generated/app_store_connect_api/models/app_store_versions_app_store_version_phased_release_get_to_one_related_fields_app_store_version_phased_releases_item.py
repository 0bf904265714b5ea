from ..types import OpenStrEnum


class AppStoreVersionsAppStoreVersionPhasedReleaseGetToOneRelatedFieldsAppStoreVersionPhasedReleasesItem(
    OpenStrEnum
):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

from ..types import OpenStrEnum


class AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem(OpenStrEnum):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

from ..types import OpenStrEnum


class AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem(OpenStrEnum):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

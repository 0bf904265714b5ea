from ..types import OpenStrEnum


class BuildsAppStoreVersionGetToOneRelatedFieldsAppStoreVersionPhasedReleasesItem(OpenStrEnum):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

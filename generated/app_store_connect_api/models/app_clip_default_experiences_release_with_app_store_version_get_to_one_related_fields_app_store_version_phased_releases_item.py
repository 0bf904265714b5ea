from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedFieldsAppStoreVersionPhasedReleasesItem(
    OpenStrEnum
):
    CURRENTDAYNUMBER = "currentDayNumber"
    PHASEDRELEASESTATE = "phasedReleaseState"
    STARTDATE = "startDate"
    TOTALPAUSEDURATION = "totalPauseDuration"

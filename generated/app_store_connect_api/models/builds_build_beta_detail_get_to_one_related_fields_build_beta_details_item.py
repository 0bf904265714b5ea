from ..types import OpenStrEnum


class BuildsBuildBetaDetailGetToOneRelatedFieldsBuildBetaDetailsItem(OpenStrEnum):
    AUTONOTIFYENABLED = "autoNotifyEnabled"
    BUILD = "build"
    EXTERNALBUILDSTATE = "externalBuildState"
    INTERNALBUILDSTATE = "internalBuildState"

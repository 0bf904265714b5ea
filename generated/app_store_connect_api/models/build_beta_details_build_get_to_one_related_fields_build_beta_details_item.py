from ..types import OpenStrEnum


class BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem(OpenStrEnum):
    AUTONOTIFYENABLED = "autoNotifyEnabled"
    BUILD = "build"
    EXTERNALBUILDSTATE = "externalBuildState"
    INTERNALBUILDSTATE = "internalBuildState"

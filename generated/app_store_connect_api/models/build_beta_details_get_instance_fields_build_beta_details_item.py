from ..types import OpenStrEnum


class BuildBetaDetailsGetInstanceFieldsBuildBetaDetailsItem(OpenStrEnum):
    AUTONOTIFYENABLED = "autoNotifyEnabled"
    BUILD = "build"
    EXTERNALBUILDSTATE = "externalBuildState"
    INTERNALBUILDSTATE = "internalBuildState"

from ..types import OpenStrEnum


class BuildsGetInstanceFieldsBuildBetaDetailsItem(OpenStrEnum):
    AUTONOTIFYENABLED = "autoNotifyEnabled"
    BUILD = "build"
    EXTERNALBUILDSTATE = "externalBuildState"
    INTERNALBUILDSTATE = "internalBuildState"

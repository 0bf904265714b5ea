from ..types import OpenStrEnum


class BuildsGetCollectionFieldsBuildBetaDetailsItem(OpenStrEnum):
    AUTONOTIFYENABLED = "autoNotifyEnabled"
    BUILD = "build"
    EXTERNALBUILDSTATE = "externalBuildState"
    INTERNALBUILDSTATE = "internalBuildState"

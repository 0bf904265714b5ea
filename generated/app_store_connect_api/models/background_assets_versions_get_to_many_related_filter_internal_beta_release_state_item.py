from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedFilterInternalBetaReleaseStateItem(OpenStrEnum):
    READY_FOR_TESTING = "READY_FOR_TESTING"
    SUPERSEDED = "SUPERSEDED"

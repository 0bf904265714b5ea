from ..types import OpenStrEnum


class BackgroundAssetVersionInternalBetaReleaseAttributesState(OpenStrEnum):
    READY_FOR_TESTING = "READY_FOR_TESTING"
    SUPERSEDED = "SUPERSEDED"

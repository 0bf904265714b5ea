from ..types import OpenStrEnum


class DevicesGetCollectionFilterStatusItem(OpenStrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"

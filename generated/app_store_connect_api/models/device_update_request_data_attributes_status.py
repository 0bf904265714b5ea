from ..types import OpenStrEnum


class DeviceUpdateRequestDataAttributesStatus(OpenStrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"

from ..types import OpenStrEnum


class DeviceAttributesStatus(OpenStrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"

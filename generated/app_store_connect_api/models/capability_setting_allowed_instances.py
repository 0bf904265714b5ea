from ..types import OpenStrEnum


class CapabilitySettingAllowedInstances(OpenStrEnum):
    ENTRY = "ENTRY"
    MULTIPLE = "MULTIPLE"
    SINGLE = "SINGLE"

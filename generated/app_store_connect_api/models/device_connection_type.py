from ..types import OpenStrEnum


class DeviceConnectionType(OpenStrEnum):
    MOBILE_DATA = "MOBILE_DATA"
    NONE = "NONE"
    UNKNOWN = "UNKNOWN"
    WIFI = "WIFI"
    WIRE = "WIRE"

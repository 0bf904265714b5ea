from ..types import OpenStrEnum


class DevicesGetCollectionFieldsDevicesItem(OpenStrEnum):
    ADDEDDATE = "addedDate"
    DEVICECLASS = "deviceClass"
    MODEL = "model"
    NAME = "name"
    PLATFORM = "platform"
    STATUS = "status"
    UDID = "udid"

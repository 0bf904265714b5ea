from ..types import OpenStrEnum


class ProfilesDevicesGetToManyRelatedFieldsDevicesItem(OpenStrEnum):
    ADDEDDATE = "addedDate"
    DEVICECLASS = "deviceClass"
    MODEL = "model"
    NAME = "name"
    PLATFORM = "platform"
    STATUS = "status"
    UDID = "udid"

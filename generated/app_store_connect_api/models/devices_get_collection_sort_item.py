from ..types import OpenStrEnum


class DevicesGetCollectionSortItem(OpenStrEnum):
    ID = "id"
    NAME = "name"
    PLATFORM = "platform"
    STATUS = "status"
    UDID = "udid"
    VALUE_1 = "-name"
    VALUE_3 = "-platform"
    VALUE_5 = "-udid"
    VALUE_7 = "-status"
    VALUE_9 = "-id"

from ..types import OpenStrEnum


class PassTypeIdsCertificatesGetToManyRelatedSortItem(OpenStrEnum):
    CERTIFICATETYPE = "certificateType"
    DISPLAYNAME = "displayName"
    ID = "id"
    SERIALNUMBER = "serialNumber"
    VALUE_1 = "-displayName"
    VALUE_3 = "-certificateType"
    VALUE_5 = "-serialNumber"
    VALUE_7 = "-id"

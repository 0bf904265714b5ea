from ..types import OpenStrEnum


class MerchantIdsGetInstanceFieldsCertificatesItem(OpenStrEnum):
    ACTIVATED = "activated"
    CERTIFICATECONTENT = "certificateContent"
    CERTIFICATETYPE = "certificateType"
    DISPLAYNAME = "displayName"
    EXPIRATIONDATE = "expirationDate"
    NAME = "name"
    PASSTYPEID = "passTypeId"
    PLATFORM = "platform"
    SERIALNUMBER = "serialNumber"

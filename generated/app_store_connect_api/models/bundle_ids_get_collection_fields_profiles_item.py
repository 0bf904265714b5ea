from ..types import OpenStrEnum


class BundleIdsGetCollectionFieldsProfilesItem(OpenStrEnum):
    BUNDLEID = "bundleId"
    CERTIFICATES = "certificates"
    CREATEDDATE = "createdDate"
    DEVICES = "devices"
    EXPIRATIONDATE = "expirationDate"
    NAME = "name"
    PLATFORM = "platform"
    PROFILECONTENT = "profileContent"
    PROFILESTATE = "profileState"
    PROFILETYPE = "profileType"
    UUID = "uuid"

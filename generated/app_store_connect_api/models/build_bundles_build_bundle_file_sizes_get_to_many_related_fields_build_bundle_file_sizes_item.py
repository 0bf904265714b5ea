from ..types import OpenStrEnum


class BuildBundlesBuildBundleFileSizesGetToManyRelatedFieldsBuildBundleFileSizesItem(OpenStrEnum):
    DEVICEMODEL = "deviceModel"
    DOWNLOADBYTES = "downloadBytes"
    INSTALLBYTES = "installBytes"
    OSVERSION = "osVersion"

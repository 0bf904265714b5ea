from ..types import OpenStrEnum


class AppsBuildUploadsGetToManyRelatedFieldsBuildUploadsItem(OpenStrEnum):
    ASSETDESCRIPTIONFILE = "assetDescriptionFile"
    ASSETFILE = "assetFile"
    ASSETSPIFILE = "assetSpiFile"
    BUILD = "build"
    BUILDUPLOADFILES = "buildUploadFiles"
    CFBUNDLESHORTVERSIONSTRING = "cfBundleShortVersionString"
    CFBUNDLEVERSION = "cfBundleVersion"
    CREATEDDATE = "createdDate"
    PLATFORM = "platform"
    STATE = "state"
    UPLOADEDDATE = "uploadedDate"

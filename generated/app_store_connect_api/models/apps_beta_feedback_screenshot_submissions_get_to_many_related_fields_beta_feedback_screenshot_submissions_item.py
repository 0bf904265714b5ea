from ..types import OpenStrEnum


class AppsBetaFeedbackScreenshotSubmissionsGetToManyRelatedFieldsBetaFeedbackScreenshotSubmissionsItem(
    OpenStrEnum
):
    APPPLATFORM = "appPlatform"
    APPUPTIMEINMILLISECONDS = "appUptimeInMilliseconds"
    ARCHITECTURE = "architecture"
    BATTERYPERCENTAGE = "batteryPercentage"
    BUILD = "build"
    BUILDBUNDLEID = "buildBundleId"
    COMMENT = "comment"
    CONNECTIONTYPE = "connectionType"
    CREATEDDATE = "createdDate"
    DEVICEFAMILY = "deviceFamily"
    DEVICEMODEL = "deviceModel"
    DEVICEPLATFORM = "devicePlatform"
    DISKBYTESAVAILABLE = "diskBytesAvailable"
    DISKBYTESTOTAL = "diskBytesTotal"
    EMAIL = "email"
    LOCALE = "locale"
    OSVERSION = "osVersion"
    PAIREDAPPLEWATCH = "pairedAppleWatch"
    SCREENHEIGHTINPOINTS = "screenHeightInPoints"
    SCREENSHOTS = "screenshots"
    SCREENWIDTHINPOINTS = "screenWidthInPoints"
    TESTER = "tester"
    TIMEZONE = "timeZone"

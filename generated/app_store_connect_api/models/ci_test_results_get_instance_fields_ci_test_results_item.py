from ..types import OpenStrEnum


class CiTestResultsGetInstanceFieldsCiTestResultsItem(OpenStrEnum):
    CLASSNAME = "className"
    DESTINATIONTESTRESULTS = "destinationTestResults"
    FILESOURCE = "fileSource"
    MESSAGE = "message"
    NAME = "name"
    STATUS = "status"

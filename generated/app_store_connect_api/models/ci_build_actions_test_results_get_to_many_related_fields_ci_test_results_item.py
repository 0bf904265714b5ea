from ..types import OpenStrEnum


class CiBuildActionsTestResultsGetToManyRelatedFieldsCiTestResultsItem(OpenStrEnum):
    CLASSNAME = "className"
    DESTINATIONTESTRESULTS = "destinationTestResults"
    FILESOURCE = "fileSource"
    MESSAGE = "message"
    NAME = "name"
    STATUS = "status"

from ..types import OpenStrEnum


class CiIssueAttributesIssueType(OpenStrEnum):
    ANALYZER_WARNING = "ANALYZER_WARNING"
    ERROR = "ERROR"
    TEST_FAILURE = "TEST_FAILURE"
    WARNING = "WARNING"

from ..types import OpenStrEnum


class CiTestStatus(OpenStrEnum):
    EXPECTED_FAILURE = "EXPECTED_FAILURE"
    FAILURE = "FAILURE"
    MIXED = "MIXED"
    SKIPPED = "SKIPPED"
    SUCCESS = "SUCCESS"

from ..types import OpenStrEnum


class CiBuildActionsGetInstanceFieldsCiBuildActionsItem(OpenStrEnum):
    ACTIONTYPE = "actionType"
    ARTIFACTS = "artifacts"
    BUILDRUN = "buildRun"
    COMPLETIONSTATUS = "completionStatus"
    EXECUTIONPROGRESS = "executionProgress"
    FINISHEDDATE = "finishedDate"
    ISREQUIREDTOPASS = "isRequiredToPass"
    ISSUECOUNTS = "issueCounts"
    ISSUES = "issues"
    NAME = "name"
    STARTEDDATE = "startedDate"
    TESTRESULTS = "testResults"

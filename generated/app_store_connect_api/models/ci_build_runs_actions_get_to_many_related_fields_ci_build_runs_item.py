from ..types import OpenStrEnum


class CiBuildRunsActionsGetToManyRelatedFieldsCiBuildRunsItem(OpenStrEnum):
    ACTIONS = "actions"
    BUILDS = "builds"
    CANCELREASON = "cancelReason"
    COMPLETIONSTATUS = "completionStatus"
    CREATEDDATE = "createdDate"
    DESTINATIONBRANCH = "destinationBranch"
    DESTINATIONCOMMIT = "destinationCommit"
    EXECUTIONPROGRESS = "executionProgress"
    FINISHEDDATE = "finishedDate"
    ISPULLREQUESTBUILD = "isPullRequestBuild"
    ISSUECOUNTS = "issueCounts"
    NUMBER = "number"
    PRODUCT = "product"
    PULLREQUEST = "pullRequest"
    SOURCEBRANCHORTAG = "sourceBranchOrTag"
    SOURCECOMMIT = "sourceCommit"
    STARTEDDATE = "startedDate"
    STARTREASON = "startReason"
    WORKFLOW = "workflow"

from ..types import OpenStrEnum


class CiProductsBuildRunsGetToManyRelatedFieldsCiWorkflowsItem(OpenStrEnum):
    ACTIONS = "actions"
    BRANCHSTARTCONDITION = "branchStartCondition"
    BUILDRUNS = "buildRuns"
    CLEAN = "clean"
    CONTAINERFILEPATH = "containerFilePath"
    DESCRIPTION = "description"
    ISENABLED = "isEnabled"
    ISLOCKEDFOREDITING = "isLockedForEditing"
    LASTMODIFIEDDATE = "lastModifiedDate"
    MACOSVERSION = "macOsVersion"
    MANUALBRANCHSTARTCONDITION = "manualBranchStartCondition"
    MANUALPULLREQUESTSTARTCONDITION = "manualPullRequestStartCondition"
    MANUALTAGSTARTCONDITION = "manualTagStartCondition"
    NAME = "name"
    PRODUCT = "product"
    PULLREQUESTSTARTCONDITION = "pullRequestStartCondition"
    REPOSITORY = "repository"
    SCHEDULEDSTARTCONDITION = "scheduledStartCondition"
    TAGSTARTCONDITION = "tagStartCondition"
    XCODEVERSION = "xcodeVersion"

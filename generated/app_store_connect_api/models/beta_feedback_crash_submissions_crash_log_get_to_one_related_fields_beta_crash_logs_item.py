from ..types import OpenStrEnum


class BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem(OpenStrEnum):
    LOGTEXT = "logText"

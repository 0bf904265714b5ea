from ..types import OpenStrEnum


class BetaCrashLogsGetInstanceFieldsBetaCrashLogsItem(OpenStrEnum):
    LOGTEXT = "logText"

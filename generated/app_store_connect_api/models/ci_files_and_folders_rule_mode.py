from ..types import OpenStrEnum


class CiFilesAndFoldersRuleMode(OpenStrEnum):
    DO_NOT_START_IF_ALL_FILES_MATCH = "DO_NOT_START_IF_ALL_FILES_MATCH"
    START_IF_ANY_FILE_MATCHES = "START_IF_ANY_FILE_MATCHES"

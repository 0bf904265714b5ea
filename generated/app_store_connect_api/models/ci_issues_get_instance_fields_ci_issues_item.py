from ..types import OpenStrEnum


class CiIssuesGetInstanceFieldsCiIssuesItem(OpenStrEnum):
    CATEGORY = "category"
    FILESOURCE = "fileSource"
    ISSUETYPE = "issueType"
    MESSAGE = "message"

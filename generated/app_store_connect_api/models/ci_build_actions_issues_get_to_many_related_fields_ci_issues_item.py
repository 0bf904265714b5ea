from ..types import OpenStrEnum


class CiBuildActionsIssuesGetToManyRelatedFieldsCiIssuesItem(OpenStrEnum):
    CATEGORY = "category"
    FILESOURCE = "fileSource"
    ISSUETYPE = "issueType"
    MESSAGE = "message"

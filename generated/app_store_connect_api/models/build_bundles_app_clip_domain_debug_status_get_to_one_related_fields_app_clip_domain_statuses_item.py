from ..types import OpenStrEnum


class BuildBundlesAppClipDomainDebugStatusGetToOneRelatedFieldsAppClipDomainStatusesItem(OpenStrEnum):
    DOMAINS = "domains"
    LASTUPDATEDDATE = "lastUpdatedDate"

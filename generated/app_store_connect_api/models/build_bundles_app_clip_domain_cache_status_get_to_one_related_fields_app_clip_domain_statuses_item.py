from ..types import OpenStrEnum


class BuildBundlesAppClipDomainCacheStatusGetToOneRelatedFieldsAppClipDomainStatusesItem(OpenStrEnum):
    DOMAINS = "domains"
    LASTUPDATEDDATE = "lastUpdatedDate"

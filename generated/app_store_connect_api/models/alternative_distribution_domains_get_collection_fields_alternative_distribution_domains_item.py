from ..types import OpenStrEnum


class AlternativeDistributionDomainsGetCollectionFieldsAlternativeDistributionDomainsItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    DOMAIN = "domain"
    REFERENCENAME = "referenceName"

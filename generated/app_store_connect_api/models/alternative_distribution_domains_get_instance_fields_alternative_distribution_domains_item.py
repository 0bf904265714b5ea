from ..types import OpenStrEnum


class AlternativeDistributionDomainsGetInstanceFieldsAlternativeDistributionDomainsItem(OpenStrEnum):
    CREATEDDATE = "createdDate"
    DOMAIN = "domain"
    REFERENCENAME = "referenceName"

from ..types import OpenStrEnum


class CiWorkflowsGetInstanceFieldsCiProductsItem(OpenStrEnum):
    ADDITIONALREPOSITORIES = "additionalRepositories"
    APP = "app"
    BUILDRUNS = "buildRuns"
    BUNDLEID = "bundleId"
    CREATEDDATE = "createdDate"
    NAME = "name"
    PRIMARYREPOSITORIES = "primaryRepositories"
    PRODUCTTYPE = "productType"
    WORKFLOWS = "workflows"

from ..types import OpenStrEnum


class CiProductsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    BUNDLEID = "bundleId"
    PRIMARYREPOSITORIES = "primaryRepositories"

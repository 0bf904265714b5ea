from ..types import OpenStrEnum


class CiProductsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    BUNDLEID = "bundleId"
    PRIMARYREPOSITORIES = "primaryRepositories"

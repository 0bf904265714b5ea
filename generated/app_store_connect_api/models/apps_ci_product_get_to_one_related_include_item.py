from ..types import OpenStrEnum


class AppsCiProductGetToOneRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    BUNDLEID = "bundleId"
    PRIMARYREPOSITORIES = "primaryRepositories"

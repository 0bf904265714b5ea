from ..types import OpenStrEnum


class CiProductsGetCollectionFilterProductTypeItem(OpenStrEnum):
    APP = "APP"
    FRAMEWORK = "FRAMEWORK"

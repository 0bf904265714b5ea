from ..types import OpenStrEnum


class CiProductsWorkflowsGetToManyRelatedIncludeItem(OpenStrEnum):
    MACOSVERSION = "macOsVersion"
    PRODUCT = "product"
    REPOSITORY = "repository"
    XCODEVERSION = "xcodeVersion"

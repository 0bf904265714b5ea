from ..types import OpenStrEnum


class CiWorkflowsGetInstanceIncludeItem(OpenStrEnum):
    MACOSVERSION = "macOsVersion"
    PRODUCT = "product"
    REPOSITORY = "repository"
    XCODEVERSION = "xcodeVersion"

from ..types import OpenStrEnum


class CiProductAttributesProductType(OpenStrEnum):
    APP = "APP"
    FRAMEWORK = "FRAMEWORK"

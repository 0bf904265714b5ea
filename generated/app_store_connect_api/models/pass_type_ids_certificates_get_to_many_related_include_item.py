from ..types import OpenStrEnum


class PassTypeIdsCertificatesGetToManyRelatedIncludeItem(OpenStrEnum):
    PASSTYPEID = "passTypeId"

from ..types import OpenStrEnum


class MerchantIdsCertificatesGetToManyRelatedIncludeItem(OpenStrEnum):
    PASSTYPEID = "passTypeId"

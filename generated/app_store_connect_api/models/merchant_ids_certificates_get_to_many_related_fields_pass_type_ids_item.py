from ..types import OpenStrEnum


class MerchantIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

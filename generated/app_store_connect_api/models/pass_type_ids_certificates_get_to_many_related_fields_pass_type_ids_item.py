from ..types import OpenStrEnum


class PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem(OpenStrEnum):
    CERTIFICATES = "certificates"
    IDENTIFIER = "identifier"
    NAME = "name"

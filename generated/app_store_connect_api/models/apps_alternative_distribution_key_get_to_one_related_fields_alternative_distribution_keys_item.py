from ..types import OpenStrEnum


class AppsAlternativeDistributionKeyGetToOneRelatedFieldsAlternativeDistributionKeysItem(OpenStrEnum):
    PUBLICKEY = "publicKey"

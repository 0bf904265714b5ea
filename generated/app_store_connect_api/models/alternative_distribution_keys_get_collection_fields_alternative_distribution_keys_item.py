from ..types import OpenStrEnum


class AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem(OpenStrEnum):
    PUBLICKEY = "publicKey"

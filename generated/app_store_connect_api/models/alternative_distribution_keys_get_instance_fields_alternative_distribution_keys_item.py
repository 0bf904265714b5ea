from ..types import OpenStrEnum


class AlternativeDistributionKeysGetInstanceFieldsAlternativeDistributionKeysItem(OpenStrEnum):
    PUBLICKEY = "publicKey"

from ..types import OpenStrEnum


class ProfilesGetCollectionFilterProfileStateItem(OpenStrEnum):
    ACTIVE = "ACTIVE"
    INVALID = "INVALID"

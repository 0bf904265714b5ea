from ..types import OpenStrEnum


class ProfileAttributesProfileState(OpenStrEnum):
    ACTIVE = "ACTIVE"
    INVALID = "INVALID"

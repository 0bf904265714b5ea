from ..types import OpenStrEnum


class CiBuildRunAttributesCancelReason(OpenStrEnum):
    AUTOMATICALLY_BY_NEWER_BUILD = "AUTOMATICALLY_BY_NEWER_BUILD"
    MANUALLY_BY_USER = "MANUALLY_BY_USER"

from ..types import OpenStrEnum


class AppUpdateRequestDataAttributesContentRightsDeclaration(OpenStrEnum):
    DOES_NOT_USE_THIRD_PARTY_CONTENT = "DOES_NOT_USE_THIRD_PARTY_CONTENT"
    USES_THIRD_PARTY_CONTENT = "USES_THIRD_PARTY_CONTENT"

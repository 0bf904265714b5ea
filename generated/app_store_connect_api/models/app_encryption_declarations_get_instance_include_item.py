from ..types import OpenStrEnum


class AppEncryptionDeclarationsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPENCRYPTIONDECLARATIONDOCUMENT = "appEncryptionDeclarationDocument"
    BUILDS = "builds"

from ..types import OpenStrEnum


class AppEncryptionDeclarationsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    APPENCRYPTIONDECLARATIONDOCUMENT = "appEncryptionDeclarationDocument"
    BUILDS = "builds"

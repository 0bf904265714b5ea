from ..types import OpenStrEnum


class AppsAppEncryptionDeclarationsGetToManyRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    APPENCRYPTIONDECLARATIONDOCUMENT = "appEncryptionDeclarationDocument"
    BUILDS = "builds"

from ..types import OpenStrEnum


class CiProductsAppGetToOneRelatedFieldsAppEncryptionDeclarationsItem(OpenStrEnum):
    APP = "app"
    APPDESCRIPTION = "appDescription"
    APPENCRYPTIONDECLARATIONDOCUMENT = "appEncryptionDeclarationDocument"
    APPENCRYPTIONDECLARATIONSTATE = "appEncryptionDeclarationState"
    AVAILABLEONFRENCHSTORE = "availableOnFrenchStore"
    BUILDS = "builds"
    CODEVALUE = "codeValue"
    CONTAINSPROPRIETARYCRYPTOGRAPHY = "containsProprietaryCryptography"
    CONTAINSTHIRDPARTYCRYPTOGRAPHY = "containsThirdPartyCryptography"
    CREATEDDATE = "createdDate"
    DOCUMENTNAME = "documentName"
    DOCUMENTTYPE = "documentType"
    DOCUMENTURL = "documentUrl"
    EXEMPT = "exempt"
    PLATFORM = "platform"
    UPLOADEDDATE = "uploadedDate"
    USESENCRYPTION = "usesEncryption"

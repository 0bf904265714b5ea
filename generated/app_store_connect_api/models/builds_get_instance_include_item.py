from ..types import OpenStrEnum


class BuildsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    APPENCRYPTIONDECLARATION = "appEncryptionDeclaration"
    APPSTOREVERSION = "appStoreVersion"
    BETAAPPREVIEWSUBMISSION = "betaAppReviewSubmission"
    BETABUILDLOCALIZATIONS = "betaBuildLocalizations"
    BETAGROUPS = "betaGroups"
    BUILDBETADETAIL = "buildBetaDetail"
    BUILDBUNDLES = "buildBundles"
    BUILDUPLOAD = "buildUpload"
    ICONS = "icons"
    INDIVIDUALTESTERS = "individualTesters"
    PRERELEASEVERSION = "preReleaseVersion"

from ..types import OpenStrEnum


class CiBuildActionsArtifactsGetToManyRelatedFieldsCiArtifactsItem(OpenStrEnum):
    DOWNLOADURL = "downloadUrl"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    FILETYPE = "fileType"

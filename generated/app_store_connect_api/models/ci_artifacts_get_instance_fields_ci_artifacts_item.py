from ..types import OpenStrEnum


class CiArtifactsGetInstanceFieldsCiArtifactsItem(OpenStrEnum):
    DOWNLOADURL = "downloadUrl"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    FILETYPE = "fileType"

from ..types import OpenStrEnum


class AppsGameCenterDetailGetToOneRelatedFieldsGameCenterActivityVersionReleasesItem(OpenStrEnum):
    VERSION = "version"

from ..types import OpenStrEnum


class AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem(OpenStrEnum):
    OPEN = "OPEN"
    PLAY = "PLAY"
    VIEW = "VIEW"

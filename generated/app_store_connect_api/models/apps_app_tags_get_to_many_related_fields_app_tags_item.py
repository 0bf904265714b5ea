from ..types import OpenStrEnum


class AppsAppTagsGetToManyRelatedFieldsAppTagsItem(OpenStrEnum):
    NAME = "name"
    TERRITORIES = "territories"
    VISIBLEINAPPSTORE = "visibleInAppStore"

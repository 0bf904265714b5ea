from ..types import OpenStrEnum


class BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem(
    OpenStrEnum
):
    LOCALE = "locale"
    TITLE = "title"

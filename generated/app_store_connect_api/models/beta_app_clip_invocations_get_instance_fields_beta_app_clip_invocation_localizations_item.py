from ..types import OpenStrEnum


class BetaAppClipInvocationsGetInstanceFieldsBetaAppClipInvocationLocalizationsItem(OpenStrEnum):
    LOCALE = "locale"
    TITLE = "title"

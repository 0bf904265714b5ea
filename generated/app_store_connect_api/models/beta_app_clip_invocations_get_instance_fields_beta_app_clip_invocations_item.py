from ..types import OpenStrEnum


class BetaAppClipInvocationsGetInstanceFieldsBetaAppClipInvocationsItem(OpenStrEnum):
    BETAAPPCLIPINVOCATIONLOCALIZATIONS = "betaAppClipInvocationLocalizations"
    URL = "url"

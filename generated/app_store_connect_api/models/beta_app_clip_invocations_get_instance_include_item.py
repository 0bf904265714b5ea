from ..types import OpenStrEnum


class BetaAppClipInvocationsGetInstanceIncludeItem(OpenStrEnum):
    BETAAPPCLIPINVOCATIONLOCALIZATIONS = "betaAppClipInvocationLocalizations"

from ..types import OpenStrEnum


class BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem(OpenStrEnum):
    BETAAPPCLIPINVOCATIONLOCALIZATIONS = "betaAppClipInvocationLocalizations"

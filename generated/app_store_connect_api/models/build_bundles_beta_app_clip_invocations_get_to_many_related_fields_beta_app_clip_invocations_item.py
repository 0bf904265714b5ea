from ..types import OpenStrEnum


class BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem(OpenStrEnum):
    BETAAPPCLIPINVOCATIONLOCALIZATIONS = "betaAppClipInvocationLocalizations"
    URL = "url"

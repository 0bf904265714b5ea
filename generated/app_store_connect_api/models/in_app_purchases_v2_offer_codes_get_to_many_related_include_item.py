from ..types import OpenStrEnum


class InAppPurchasesV2OfferCodesGetToManyRelatedIncludeItem(OpenStrEnum):
    CUSTOMCODES = "customCodes"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"

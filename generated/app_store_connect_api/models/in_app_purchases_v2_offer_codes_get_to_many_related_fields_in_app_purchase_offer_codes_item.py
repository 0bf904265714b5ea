from ..types import OpenStrEnum


class InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CUSTOMCODES = "customCodes"
    CUSTOMERELIGIBILITIES = "customerEligibilities"
    NAME = "name"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    PRODUCTIONCODECOUNT = "productionCodeCount"
    SANDBOXCODECOUNT = "sandboxCodeCount"

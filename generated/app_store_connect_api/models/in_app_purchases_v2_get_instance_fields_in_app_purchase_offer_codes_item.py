from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseOfferCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CUSTOMCODES = "customCodes"
    CUSTOMERELIGIBILITIES = "customerEligibilities"
    NAME = "name"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    PRODUCTIONCODECOUNT = "productionCodeCount"
    SANDBOXCODECOUNT = "sandboxCodeCount"

from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseOfferCodesItem(OpenStrEnum):
    ACTIVE = "active"
    CUSTOMCODES = "customCodes"
    CUSTOMERELIGIBILITIES = "customerEligibilities"
    NAME = "name"
    ONETIMEUSECODES = "oneTimeUseCodes"
    PRICES = "prices"
    PRODUCTIONCODECOUNT = "productionCodeCount"
    SANDBOXCODECOUNT = "sandboxCodeCount"

from ..types import OpenStrEnum


class WinBackOffersPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

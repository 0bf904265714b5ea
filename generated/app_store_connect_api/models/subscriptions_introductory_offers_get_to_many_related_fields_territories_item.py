from ..types import OpenStrEnum


class SubscriptionsIntroductoryOffersGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

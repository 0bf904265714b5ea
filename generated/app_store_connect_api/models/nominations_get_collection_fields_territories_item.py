from ..types import OpenStrEnum


class NominationsGetCollectionFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

from ..types import OpenStrEnum


class NominationsGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

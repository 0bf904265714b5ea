from ..types import OpenStrEnum


class TerritoriesGetCollectionFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

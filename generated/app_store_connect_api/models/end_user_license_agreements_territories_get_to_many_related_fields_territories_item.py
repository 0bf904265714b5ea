from ..types import OpenStrEnum


class EndUserLicenseAgreementsTerritoriesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"

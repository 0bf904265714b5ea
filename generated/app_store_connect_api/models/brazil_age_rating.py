from ..types import OpenStrEnum


class BrazilAgeRating(OpenStrEnum):
    EIGHTEEN = "EIGHTEEN"
    FOURTEEN = "FOURTEEN"
    L = "L"
    SIXTEEN = "SIXTEEN"
    TEN = "TEN"
    TWELVE = "TWELVE"

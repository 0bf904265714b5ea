from ..types import OpenStrEnum


class KidsAgeBand(OpenStrEnum):
    FIVE_AND_UNDER = "FIVE_AND_UNDER"
    NINE_TO_ELEVEN = "NINE_TO_ELEVEN"
    SIX_TO_EIGHT = "SIX_TO_EIGHT"

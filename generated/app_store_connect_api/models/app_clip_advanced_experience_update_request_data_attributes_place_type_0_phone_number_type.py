from ..types import OpenStrEnum


class AppClipAdvancedExperienceUpdateRequestDataAttributesPlaceType0PhoneNumberType(OpenStrEnum):
    FAX = "FAX"
    LANDLINE = "LANDLINE"
    MOBILE = "MOBILE"
    TOLLFREE = "TOLLFREE"

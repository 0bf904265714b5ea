from ..types import OpenStrEnum


class AppClipAdvancedExperienceCreateRequestDataAttributesPlaceType0PhoneNumberType(OpenStrEnum):
    FAX = "FAX"
    LANDLINE = "LANDLINE"
    MOBILE = "MOBILE"
    TOLLFREE = "TOLLFREE"

from ..types import OpenStrEnum


class AppClipAdvancedExperienceAttributesPlacePhoneNumberType(OpenStrEnum):
    FAX = "FAX"
    LANDLINE = "LANDLINE"
    MOBILE = "MOBILE"
    TOLLFREE = "TOLLFREE"

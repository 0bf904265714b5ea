from ..types import OpenStrEnum


class AppCustomProductPageLocalizationsAppPreviewSetsGetToManyRelatedFilterPreviewTypeItem(OpenStrEnum):
    APPLE_TV = "APPLE_TV"
    APPLE_VISION_PRO = "APPLE_VISION_PRO"
    DESKTOP = "DESKTOP"
    IPAD_105 = "IPAD_105"
    IPAD_97 = "IPAD_97"
    IPAD_PRO_129 = "IPAD_PRO_129"
    IPAD_PRO_3GEN_11 = "IPAD_PRO_3GEN_11"
    IPAD_PRO_3GEN_129 = "IPAD_PRO_3GEN_129"
    IPHONE_35 = "IPHONE_35"
    IPHONE_40 = "IPHONE_40"
    IPHONE_47 = "IPHONE_47"
    IPHONE_55 = "IPHONE_55"
    IPHONE_58 = "IPHONE_58"
    IPHONE_61 = "IPHONE_61"
    IPHONE_65 = "IPHONE_65"
    IPHONE_67 = "IPHONE_67"

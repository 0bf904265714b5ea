from ..types import OpenStrEnum


class AccessibilityDeclarationsGetInstanceFieldsAccessibilityDeclarationsItem(OpenStrEnum):
    DEVICEFAMILY = "deviceFamily"
    STATE = "state"
    SUPPORTSAUDIODESCRIPTIONS = "supportsAudioDescriptions"
    SUPPORTSCAPTIONS = "supportsCaptions"
    SUPPORTSDARKINTERFACE = "supportsDarkInterface"
    SUPPORTSDIFFERENTIATEWITHOUTCOLORALONE = "supportsDifferentiateWithoutColorAlone"
    SUPPORTSLARGERTEXT = "supportsLargerText"
    SUPPORTSREDUCEDMOTION = "supportsReducedMotion"
    SUPPORTSSUFFICIENTCONTRAST = "supportsSufficientContrast"
    SUPPORTSVOICECONTROL = "supportsVoiceControl"
    SUPPORTSVOICEOVER = "supportsVoiceover"

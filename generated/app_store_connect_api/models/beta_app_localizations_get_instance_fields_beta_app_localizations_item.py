from ..types import OpenStrEnum


class BetaAppLocalizationsGetInstanceFieldsBetaAppLocalizationsItem(OpenStrEnum):
    APP = "app"
    DESCRIPTION = "description"
    FEEDBACKEMAIL = "feedbackEmail"
    LOCALE = "locale"
    MARKETINGURL = "marketingUrl"
    PRIVACYPOLICYURL = "privacyPolicyUrl"
    TVOSPRIVACYPOLICY = "tvOsPrivacyPolicy"

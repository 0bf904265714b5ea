from ..types import OpenStrEnum


class BetaAppLocalizationsGetCollectionFieldsBetaAppLocalizationsItem(OpenStrEnum):
    APP = "app"
    DESCRIPTION = "description"
    FEEDBACKEMAIL = "feedbackEmail"
    LOCALE = "locale"
    MARKETINGURL = "marketingUrl"
    PRIVACYPOLICYURL = "privacyPolicyUrl"
    TVOSPRIVACYPOLICY = "tvOsPrivacyPolicy"

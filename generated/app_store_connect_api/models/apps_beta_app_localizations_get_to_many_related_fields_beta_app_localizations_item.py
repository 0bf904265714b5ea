from ..types import OpenStrEnum


class AppsBetaAppLocalizationsGetToManyRelatedFieldsBetaAppLocalizationsItem(OpenStrEnum):
    APP = "app"
    DESCRIPTION = "description"
    FEEDBACKEMAIL = "feedbackEmail"
    LOCALE = "locale"
    MARKETINGURL = "marketingUrl"
    PRIVACYPOLICYURL = "privacyPolicyUrl"
    TVOSPRIVACYPOLICY = "tvOsPrivacyPolicy"

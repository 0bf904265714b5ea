from ..types import OpenStrEnum


class CiActionTestConfigurationKind(OpenStrEnum):
    SPECIFIC_TEST_PLANS = "SPECIFIC_TEST_PLANS"
    USE_SCHEME_SETTINGS = "USE_SCHEME_SETTINGS"

from ..types import OpenStrEnum


class ActorAttributesActorType(OpenStrEnum):
    API_KEY = "API_KEY"
    APPLE = "APPLE"
    USER = "USER"
    XCODE_CLOUD = "XCODE_CLOUD"

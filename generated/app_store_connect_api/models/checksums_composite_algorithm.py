from ..types import OpenStrEnum


class ChecksumsCompositeAlgorithm(OpenStrEnum):
    MD5 = "MD5"

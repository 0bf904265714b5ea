from ..types import OpenStrEnum


class ChecksumAlgorithm(OpenStrEnum):
    MD5 = "MD5"
    SHA_256 = "SHA_256"

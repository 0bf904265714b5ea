"""Keys for the auth tests: generated per session, never stored in the repository."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from app_store_connect._keys import ApiKey

Verify = Callable[[str, ApiKey], dict[str, Any]]


@pytest.fixture(scope="session")
def team_key() -> ApiKey:
    return ApiKey.generate(key_id="ABCDE12345", issuer_id="57246542-96fe-1a63-e053-0824d011072a")


@pytest.fixture(scope="session")
def individual_key() -> ApiKey:
    return ApiKey.generate(key_id="ZYXWV98765")


@pytest.fixture(scope="session")
def team_pem(team_key: ApiKey) -> bytes:
    """The team key as Apple's .p8 file holds it: unencrypted PKCS#8 PEM."""
    return team_key.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture(scope="session")
def pem_secret(team_pem: bytes) -> str:
    """A stretch of the key's base64 body: text that must never appear in a message, repr or log."""
    return team_pem.decode().splitlines()[2][:24]


@pytest.fixture(scope="session")
def verified() -> Verify:
    """Claims of a token checked with the key's PUBLIC half (signature and audience), whatever the time."""

    def verify(token: str, key: ApiKey) -> dict[str, Any]:
        claims: dict[str, Any] = jwt.decode(
            token,
            key.public_key_pem(),
            algorithms=["ES256"],
            audience="appstoreconnect-v1",
            options={"verify_exp": False, "verify_iat": False},
        )
        return claims

    return verify

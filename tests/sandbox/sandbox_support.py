"""Helpers of the sandbox tests: tokens minted with pyjwt (not with the library) and authorized clients."""

from __future__ import annotations

import ssl
import time
from typing import Any

import httpx
import jwt

from app_store_connect.sandbox import Sandbox

AUDIENCE = "appstoreconnect-v1"
# The sandbox speaks plain HTTP; one shared context spares every client loading the CA bundle again.
_TLS = ssl.create_default_context()


def mint(sandbox: Sandbox, *, key_pem: str | None = None, kid: str | None = None, **claims: Any) -> str:
    """A token for `sandbox`'s demo key, valid for 10 minutes; a claim given as None is left out."""
    issued = int(time.time())
    payload = {"iss": sandbox.issuer_id, "iat": issued, "exp": issued + 600, "aud": AUDIENCE}
    payload.update(claims)
    payload = {name: value for name, value in payload.items() if value is not None}
    return jwt.encode(
        payload, key_pem or sandbox.private_key_pem, algorithm="ES256", headers={"kid": kid or sandbox.key_id}
    )


def authorized(sandbox: Sandbox, **claims: Any) -> httpx.Client:
    """A client of `sandbox`'s API that sends a fresh token."""
    token = mint(sandbox, **claims)
    return httpx.Client(
        base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=5, verify=_TLS
    )


def anonymous() -> httpx.Client:
    """A client without credentials, for presigned URLs."""
    return httpx.Client(timeout=5, verify=_TLS)

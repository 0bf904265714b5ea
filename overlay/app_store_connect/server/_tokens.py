"""Tokens for the App Store Server API: `TokenProvider`'s caching and clock correction, with its claims.

Apple's "Generating JSON Web Tokens for API requests" (App Store Server API): ES256, `kid` header,
claims `iss`, `iat`, `exp` (at most 60 minutes after `iat`), `aud: "appstoreconnect-v1"` and `bid`,
the app's bundle id (Q17). Lifetimes stay within App Store Connect's 20 minutes, which the shared
provider enforces and which is inside this API's limit too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import jwt

from .._errors import ConfigurationError
from .._tokens import AUDIENCE, DEFAULT_LIFETIME, DEFAULT_REFRESH_MARGIN, MAX_LIFETIME, TokenProvider, _Token
from ._keys import InAppPurchaseKey

__all__ = ["SERVER_MAX_LIFETIME", "ServerTokenProvider", "read_claims"]

SERVER_MAX_LIFETIME = timedelta(minutes=60)


class ServerTokenProvider(TokenProvider):
    """Mints App Store Server API tokens for one In-App Purchase key; reused until near expiry."""

    def __init__(
        self,
        key: InAppPurchaseKey,
        *,
        lifetime: timedelta = DEFAULT_LIFETIME,
        clock: Callable[[], float] = time.time,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        if lifetime > MAX_LIFETIME:
            raise ConfigurationError(
                f"token lifetime {lifetime} is longer than this library mints: at most 20 minutes (the App "
                "Store Server API allows 60, App Store Connect 20; tokens are renewed for you, so shorter "
                "costs nothing)"
            )
        super().__init__(key.api_key, lifetime=lifetime, clock=clock, refresh_margin=refresh_margin)
        self._server_key = key

    def __repr__(self) -> str:
        return f"ServerTokenProvider(key={self._server_key!r}, lifetime={self._lifetime}s)"

    @property
    def server_key(self) -> InAppPurchaseKey:
        """The In-App Purchase key tokens are signed with."""
        return self._server_key

    def diagnose(self) -> list[str]:
        """Local checks, in plain words, for a 401 that a fresh token did not cure (Q17)."""
        key = self._server_key
        if key.looks_like_app_store_connect_key:
            kind = (
                f"Key type: {key.file_name} is named like an App Store Connect API key, which this API "
                "refuses; use an In-App Purchase key (Users and Access > Integrations > In-App Purchase)."
            )
        else:
            kind = (
                f"Key type: {key.key_id} must be an In-App Purchase key of issuer {key.issuer_id} (an App "
                "Store Connect API key gets 401 here) and not revoked."
            )
        return [
            kind,
            f"Bundle id: tokens carry bid {key.bundle_id!r}; it must be an app of this key's team, and the "
            "transactions you ask for must belong to it.",
            f"Audience: {AUDIENCE!r}, as the App Store Server API requires.",
            f"Lifetime: tokens are valid for {self._lifetime} s (this API refuses more than "
            f"{int(SERVER_MAX_LIFETIME.total_seconds())} s).",
            self._clock_diagnosis().replace("App Store Connect", "the App Store server"),
            "Environment: before an app's first release, production answers 401 to every token; use the "
            "sandbox environment until then (`asc server doctor --transaction-id ID` tells where it lives).",
        ]

    def _mint(self, now: float) -> _Token:
        key = self._server_key
        issued = int(now)
        expires = issued + self._lifetime
        claims: dict[str, Any] = {
            "iss": key.issuer_id,
            "iat": issued,
            "exp": expires,
            "aud": AUDIENCE,
            "bid": key.bundle_id,
        }
        # pyjwt signs ES256 as raw r||s, as Apple requires (Q8).
        value = jwt.encode(
            claims, key.api_key.private_key, algorithm="ES256", headers={"kid": key.key_id, "typ": "JWT"}
        )
        self._mint_count += 1
        return _Token(value, float(expires))


def read_claims(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and claims of a token, unverified: for the diagnosis of a token we minted ourselves."""
    return jwt.get_unverified_header(token), jwt.decode(token, options={"verify_signature": False})

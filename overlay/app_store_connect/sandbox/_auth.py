"""Bearer-token verification exactly as App Store Connect does it ("Auth facts" and Q8 in the quirk catalog).

Every failure answers the same 401 NOT_AUTHORIZED; the reason is only logged and kept in the request log.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

__all__ = [
    "AUDIENCE",
    "IAT_LEEWAY_SECONDS",
    "MAX_LIFETIME_SECONDS",
    "AuthFailure",
    "KeyRegistry",
    "Principal",
]

logger = logging.getLogger(__name__)

AUDIENCE = "appstoreconnect-v1"
MAX_LIFETIME_SECONDS = 20 * 60
IAT_LEEWAY_SECONDS = 10
_VERIFIED_TOKENS = 256


class AuthFailure(Exception):
    """Why a token was refused; the client only ever sees 401 NOT_AUTHORIZED."""


@dataclass(frozen=True)
class RegisteredKey:
    """A public key the sandbox accepts; `issuer_id` None marks an individual key (`sub: "user"`);
    `roles` are the key's roles in App Store Connect (a team key has one or more, e.g. ADMIN)."""

    key_id: str
    public_key: ec.EllipticCurvePublicKey
    issuer_id: str | None
    roles: frozenset[str] = frozenset({"ADMIN"})


@dataclass(frozen=True)
class Principal:
    """The key a verified token was signed with, and the token's scope (empty: unscoped)."""

    key: RegisteredKey
    scope: tuple[str, ...]

    @property
    def individual(self) -> bool:
        """Whether the token came from an individual key, which cannot use sales and finance reports."""
        return self.key.issuer_id is None


class KeyRegistry:
    """The public keys the sandbox accepts, by key id; safe to share between threads."""

    def __init__(self) -> None:
        self._keys: dict[str, RegisteredKey] = {}
        # Signatures already checked, by token: clients reuse a token for many requests, as Apple advises.
        # Times, issuer and scope are still checked on every request.
        self._verified: dict[str, tuple[RegisteredKey, dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def register(
        self,
        key_id: str,
        public_key: str | bytes,
        issuer_id: str | None,
        roles: frozenset[str] = frozenset({"ADMIN"}),
    ) -> None:
        """Accept tokens signed by the P-256 key in `public_key` (PEM; a private key PEM works too)."""
        data = public_key.encode() if isinstance(public_key, str) else public_key
        loaded: object
        if b"PRIVATE KEY" in data:
            loaded = serialization.load_pem_private_key(data, password=None).public_key()
        else:
            loaded = serialization.load_pem_public_key(data)
        if not isinstance(loaded, ec.EllipticCurvePublicKey) or loaded.curve.name != "secp256r1":
            raise ValueError("App Store Connect keys are EC P-256 keys")
        with self._lock:
            self._keys[key_id] = RegisteredKey(key_id, loaded, issuer_id, roles)
            self._verified.clear()

    def verify(self, authorization: str | None, method: str, target: str, now: float) -> Principal:
        """The principal of a valid `Authorization: Bearer` header, or AuthFailure naming the problem."""
        if not authorization or not authorization.startswith("Bearer "):
            raise AuthFailure("no bearer token")
        token = authorization.removeprefix("Bearer ").strip()
        with self._lock:
            signed = self._verified.get(token)
        if signed is None:
            signed = self._check_signature(token)
            with self._lock:
                if len(self._verified) >= _VERIFIED_TOKENS:
                    self._verified.clear()
                self._verified[token] = signed
        key, claims = signed
        _check_times(claims, now)
        _check_identity(claims, key)
        scope = _check_scope(claims.get("scope"), method, target)
        return Principal(key, scope)

    def _check_signature(self, token: str) -> tuple[RegisteredKey, dict[str, Any]]:
        """The key that signed `token` and its claims, once header, signature and audience are right."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise AuthFailure(f"malformed token: {error}") from None
        if header.get("alg") != "ES256":
            raise AuthFailure(f"alg {header.get('alg')!r} is not ES256")
        with self._lock:
            key = self._keys.get(str(header.get("kid")))
        if key is None:
            raise AuthFailure(f"unknown kid {header.get('kid')!r}")
        try:
            # pyjwt checks a raw r||s signature; a DER-encoded one fails here, as at Apple (Q8).
            claims = jwt.decode(
                token,
                key.public_key,
                algorithms=["ES256"],
                audience=AUDIENCE,
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["iat", "exp"],
                },
            )
        except jwt.PyJWTError as error:
            raise AuthFailure(f"token rejected: {error}") from None
        return key, claims


def _check_times(claims: dict[str, object], now: float) -> None:
    iat, exp = claims["iat"], claims["exp"]
    if not isinstance(iat, int | float) or not isinstance(exp, int | float):
        raise AuthFailure("iat and exp must be numbers")
    if iat > now + IAT_LEEWAY_SECONDS:
        raise AuthFailure(f"iat is {iat - now:.0f} s in the future (clock skew?)")
    if exp - iat > MAX_LIFETIME_SECONDS:
        raise AuthFailure(f"lifetime {exp - iat:.0f} s is over {MAX_LIFETIME_SECONDS} s")
    if exp <= now:
        raise AuthFailure(f"expired {now - exp:.0f} s ago")


def _check_identity(claims: dict[str, object], key: RegisteredKey) -> None:
    if key.issuer_id is None:
        if claims.get("sub") != "user" or "iss" in claims:
            raise AuthFailure('individual keys sign tokens with sub "user" and no iss')
    elif claims.get("iss") != key.issuer_id:
        raise AuthFailure(f"iss {claims.get('iss')!r} is not the key's issuer id")


def _check_scope(scope: object, method: str, target: str) -> tuple[str, ...]:
    if scope is None:
        return ()
    if not isinstance(scope, list) or not all(isinstance(entry, str) for entry in scope):
        raise AuthFailure("scope must be a list of strings")
    request = f"{method} {unquote(target)}"
    path_only = request.partition("?")[0]
    if not any(entry in (request, path_only) for entry in scope):
        raise AuthFailure(f"{request} is outside the token's scope")
    return tuple(scope)

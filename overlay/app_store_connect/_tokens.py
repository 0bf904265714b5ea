"""App Store Connect tokens: ES256 JWTs minted once, reused until near expiry, corrected for clock skew.

Claims follow Apple's "Generating Tokens for API Requests" (see "Auth facts" in the quirk catalog).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple

import jwt

from ._errors import ConfigurationError
from ._keys import ApiKey

__all__ = ["AUDIENCE", "DEFAULT_LIFETIME", "DEFAULT_REFRESH_MARGIN", "MAX_LIFETIME", "TokenProvider"]

logger = logging.getLogger(__name__)

AUDIENCE = "appstoreconnect-v1"
MAX_LIFETIME = timedelta(minutes=20)
# A minute below the maximum, so a clock a little behind Apple's still yields an acceptable `exp` (Q8).
DEFAULT_LIFETIME = timedelta(minutes=19)
DEFAULT_REFRESH_MARGIN = timedelta(seconds=60)
# An HTTP Date has whole seconds and arrives after some latency: smaller differences are noise.
SKEW_TOLERANCE_SECONDS = 5.0
_SCOPE_ENTRY = re.compile(r"(GET|POST|PATCH|PUT|DELETE) /\S*")


class _Token(NamedTuple):
    value: str
    expires_at: float  # on the corrected clock


class TokenProvider:
    """Mints the tokens of one API key and hands out the current one; safe to share between threads."""

    def __init__(
        self,
        key: ApiKey,
        *,
        lifetime: timedelta = DEFAULT_LIFETIME,
        scope: Sequence[str] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
    ) -> None:
        _check_lifetime(lifetime, refresh_margin)
        self._key = key
        self._lifetime = int(lifetime.total_seconds())
        self._margin = refresh_margin.total_seconds()
        self._scope = _checked_scope(scope)
        self._clock = clock
        self._lock = threading.Lock()
        self._current: _Token | None = None
        self._offset = 0.0  # seconds to add to the local clock to get App Store Connect's
        self._server_date_seen = False
        self._mint_count = 0

    def __repr__(self) -> str:
        return f"TokenProvider(key={self._key!r}, lifetime={self._lifetime}s, scope={list(self._scope)!r})"

    @property
    def key(self) -> ApiKey:
        """The API key tokens are signed with."""
        return self._key

    @property
    def mint_count(self) -> int:
        """How many tokens were minted so far (for tests and benchmarks)."""
        return self._mint_count

    @property
    def clock_offset(self) -> timedelta:
        """How far App Store Connect's clock is ahead of the local one (zero until a skew is seen)."""
        return timedelta(seconds=self._offset)

    def token(self) -> str:
        """The current token, minted when there is none or it expires within the refresh margin."""
        with self._lock:  # minting never awaits, so this also serialises asyncio tasks of one thread
            now = self._clock() + self._offset
            if self._current is None or now >= self._current.expires_at - self._margin:
                self._current = self._mint(now)
            return self._current.value

    def invalidate(self, token: str) -> None:
        """Drop `token` after a 401, unless a newer token already replaced it (concurrent 401s mint once)."""
        with self._lock:
            if self._current is not None and self._current.value == token:
                self._current = None

    def observe_server_date(self, value: str) -> bool:
        """Compare an HTTP `Date` header with the local clock and correct future tokens for skew (Q8).

        Returns whether the correction changed (the cached token is then dropped); bad dates are ignored.
        """
        try:
            server = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            logger.debug("ignored a Date header that is not an HTTP date")
            return False
        if server.tzinfo is None:  # "-0000" parses naive; HTTP dates are always UTC
            server = server.replace(tzinfo=UTC)
        measured = server.timestamp() - self._clock()
        offset = measured if abs(measured) > SKEW_TOLERANCE_SECONDS else 0.0
        with self._lock:
            self._server_date_seen = True
            if abs(offset - self._offset) <= SKEW_TOLERANCE_SECONDS:
                return False
            self._offset = offset
            self._current = None
        logger.warning(
            "the local clock is %s; tokens now use App Store Connect's time (Q8). Fix the system clock.",
            describe_offset(offset),
        )
        return True

    def diagnose(self) -> list[str]:
        """Local checks, in plain words, for the message of a 401 that a fresh token did not cure (Q8)."""
        key = self._key
        if key.issuer_id is None:
            kind = (
                f'Key: {key.key_id} is used as an individual key (no issuer id), so tokens carry sub "user"; '
                "individual keys cannot use sales, finance or provisioning endpoints. If it is a team key, "
                "give its issuer id (ASC_ISSUER_ID)."
            )
        else:
            kind = (
                f"Key: {key.key_id} is used as a team key of issuer {key.issuer_id}, so tokens carry `iss`. "
                "If it is an individual key, give no issuer id."
            )
        if self._scope:
            scope = f"Scope: tokens only allow {', '.join(self._scope)}; any other request is refused."
        else:
            scope = "Scope: none; tokens allow everything the key's role allows."
        return [
            self._clock_diagnosis(),
            f"Lifetime: tokens are valid for {self._lifetime} s (App Store Connect refuses more than "
            f"{int(MAX_LIFETIME.total_seconds())} s) and are renewed {self._margin:g} s before they expire.",
            kind,
            "Ids: the key id and issuer id are well-formed; check they are the ones App Store Connect shows "
            "for this key (Users and Access > Integrations) and that the key was not revoked.",
            scope,
        ]

    def _clock_diagnosis(self) -> str:
        if not self._server_date_seen:
            return "Clock: no Date header from App Store Connect was compared with the local clock yet."
        if self._offset == 0.0:
            return (
                f"Clock: the local clock agrees with App Store Connect's within {SKEW_TOLERANCE_SECONDS:g} s."
            )
        return f"Clock: the local clock is {describe_offset(self._offset)}; tokens were corrected for it."

    def _mint(self, now: float) -> _Token:
        issued = int(now)
        expires = issued + self._lifetime
        claims: dict[str, Any] = {"iat": issued, "exp": expires, "aud": AUDIENCE}
        if self._key.issuer_id is None:
            claims["sub"] = "user"  # individual key: `sub` and no `iss`
        else:
            claims["iss"] = self._key.issuer_id
        if self._scope:
            claims["scope"] = list(self._scope)
        # pyjwt signs ES256 as raw r||s (64 bytes), as Apple requires; DER would be refused (Q8).
        value = jwt.encode(
            claims, self._key.private_key, algorithm="ES256", headers={"kid": self._key.key_id, "typ": "JWT"}
        )
        self._mint_count += 1
        logger.debug("minted a token for key %s, valid for %d s", self._key.key_id, self._lifetime)
        return _Token(value, float(expires))


def _check_lifetime(lifetime: timedelta, refresh_margin: timedelta) -> None:
    if lifetime > MAX_LIFETIME:
        raise ConfigurationError(
            f"token lifetime {lifetime} is over App Store Connect's limit of 20 minutes, and such tokens are "
            "refused with 401 NOT_AUTHORIZED (Q8); use at most timedelta(minutes=20)"
        )
    if refresh_margin < timedelta(0) or int(lifetime.total_seconds()) <= refresh_margin.total_seconds():
        raise ConfigurationError(
            f"token lifetime {lifetime} must be longer than the refresh margin {refresh_margin} "
            "(and the margin not negative), or every call would mint a new token"
        )


def _checked_scope(scope: Sequence[str] | None) -> tuple[str, ...]:
    if scope is None:
        return ()
    if isinstance(scope, str):
        raise ConfigurationError(f"scope must be a list of strings, not one string: use [{scope!r}]")
    if not scope:
        raise ConfigurationError("scope is empty: pass None for an unscoped token, or list the requests")
    for entry in scope:
        if not _SCOPE_ENTRY.fullmatch(entry):
            raise ConfigurationError(
                f"scope entry {entry!r} is malformed: write 'METHOD /path?query', "
                "e.g. 'GET /v1/apps?filter[platform]=IOS'"
            )
    return tuple(scope)


def describe_offset(offset: float, server: str = "App Store Connect's") -> str:
    """`offset` (server clock minus local, seconds) in words: "42 s behind App Store Connect's"."""
    return f"{abs(offset):.0f} s {'behind' if offset > 0 else 'ahead of'} {server}"

"""`diagnose`: why the App Store Server API answers 401 (or 404), checked step by step (Q17).

Key type, the token's claims (audience, `bid` against the bundle id, issuer, lifetime), one real call,
the clock against the server's `Date`, and which environment a transaction lives in. Each failed
check says what to do. `asc doctor --server` prints it.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from appstoreserverlibrary.api_client import APIError
from appstoreserverlibrary.models.NotificationHistoryRequest import NotificationHistoryRequest

from .._errors import AppStoreConnectError
from .._tokens import AUDIENCE, describe_offset
from ._client import AsyncServerClient, ServerClient
from ._environment import Environment, other_environment
from ._errors import ServerApiError
from ._tokens import SERVER_MAX_LIFETIME, ServerTokenProvider, read_claims

__all__ = ["Check", "Diagnosis", "adiagnose", "diagnose"]

_IAP_KEYS = "App Store Connect > Users and Access > Integrations > In-App Purchase"
_PROBE_WINDOW_MS = 3_600_000  # notification history of the last hour: a read that any valid token may make


@dataclass(frozen=True)
class Check:
    """One finding: `status` is "ok", "warn" or "fail"; `advice` says what to do about a warn or fail."""

    name: str
    status: str
    detail: str
    advice: str = ""


@dataclass
class Diagnosis:
    """Every check made; `environment` is where the transaction was found (None: not asked or not found)."""

    checks: list[Check] = field(default_factory=list)
    environment: Environment | None = None
    error: AppStoreConnectError | None = None  # the first call's error, when it failed

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return all(check.status != "fail" for check in self.checks)


# What a probe ended with: Apple's parsed answer, or an error of this library.
Outcome = Any


def diagnose(client: ServerClient, *, transaction_id: str | None = None) -> Diagnosis:
    """Run the checks with `client` (its key, environment and hosts); sends one or two reads."""
    flow = _flow(client.token_provider, client.environment, transaction_id)
    try:
        environment = next(flow)
        while True:
            target = client if environment is client.environment else client.in_environment(environment)
            outcome: Outcome
            try:
                outcome = _probe(target, transaction_id)
            except AppStoreConnectError as error:
                outcome = error
            finally:
                if target is not client:
                    target.close()
            environment = flow.send((outcome, target.server_date))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def adiagnose(client: AsyncServerClient, *, transaction_id: str | None = None) -> Diagnosis:
    """The async twin of `diagnose`."""
    flow = _flow(client.token_provider, client.environment, transaction_id)
    try:
        environment = next(flow)
        while True:
            target = client if environment is client.environment else client.in_environment(environment)
            outcome: Outcome
            try:
                if transaction_id is not None:
                    outcome = await target.get_transaction_info(transaction_id)
                else:
                    outcome = await target.get_notification_history(None, _probe_request())
            except AppStoreConnectError as error:
                outcome = error
            finally:
                if target is not client:
                    await target.aclose()
            environment = flow.send((outcome, target.server_date))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def _probe(client: ServerClient, transaction_id: str | None) -> Outcome:
    if transaction_id is not None:
        return client.get_transaction_info(transaction_id)
    return client.get_notification_history(None, _probe_request())


def _probe_request() -> NotificationHistoryRequest:
    now = int(time.time() * 1000)
    return NotificationHistoryRequest(startDate=now - _PROBE_WINDOW_MS, endDate=now)


def _flow(
    provider: ServerTokenProvider, environment: Environment, transaction_id: str | None
) -> Generator[Environment, tuple[Outcome, str | None], Diagnosis]:
    """The checks in order; yields an environment to probe, receives the outcome and the answer's Date."""
    result = Diagnosis([_key_check(provider), *_token_checks(provider)])
    if not result.ok:
        return result
    outcome, date = yield environment
    if date:
        result.checks.append(_clock_check(provider, date))
    if isinstance(outcome, AppStoreConnectError) and not isinstance(outcome, ServerApiError):
        result.error = outcome  # no answer to judge the token by: the network, or a body that does not parse
        result.checks.append(
            Check("api", "fail", str(outcome), "Check the network path to the App Store server.")
        )
        return result
    if not isinstance(outcome, ServerApiError):
        result.checks.append(_success(outcome, environment, transaction_id, provider))
        result.environment = environment if transaction_id else None
        return result
    other = other_environment(environment)
    result.error = outcome
    result.checks.append(_api_failure(outcome, environment, transaction_id))
    if outcome.status_code not in (401, 404):
        return result
    other_outcome, _ = yield other
    result.checks.append(_other_environment_check(outcome, other_outcome, environment, other, transaction_id))
    if transaction_id and not isinstance(other_outcome, AppStoreConnectError):
        result.environment = other
    return result


def _key_check(provider: ServerTokenProvider) -> Check:
    key = provider.server_key
    what = f"{key.key_id} of issuer {key.issuer_id}, for bundle id {key.bundle_id}"
    if key.looks_like_app_store_connect_key:
        return Check(
            "key",
            "fail",
            f"{what}, read from {key.file_name}: an App Store Connect API key, which this API refuses (Q17)",
            f"Generate an In-App Purchase key in {_IAP_KEYS}; it downloads as SubscriptionKey_<KEYID>.p8.",
        )
    if key.file_name is None:
        return Check(
            "key",
            "warn",
            f"{what}; its kind cannot be told locally (not read from a file named by Apple)",
            f"Make sure it is an In-App Purchase key ({_IAP_KEYS}), not an App Store Connect API key.",
        )
    return Check("key", "ok", f"{what}, an In-App Purchase key ({key.file_name})")


def _token_checks(provider: ServerTokenProvider) -> list[Check]:
    key = provider.server_key
    header, claims = read_claims(provider.token())
    checks = [Check("token", "ok", f"minted an {header.get('alg')} token with kid {header.get('kid')}")]
    if claims.get("aud") != AUDIENCE:
        checks.append(
            Check("audience", "fail", f"aud is {claims.get('aud')!r}", f"Tokens need aud {AUDIENCE!r}.")
        )
    else:
        checks.append(Check("audience", "ok", f"aud {AUDIENCE!r}"))
    if claims.get("bid") != key.bundle_id:
        checks.append(
            Check(
                "bid",
                "fail",
                f"bid is {claims.get('bid')!r}, not {key.bundle_id!r}",
                "Tokens need the app's bid.",
            )
        )
    else:
        checks.append(Check("bid", "ok", f"bid {key.bundle_id!r} (the app whose purchases are asked for)"))
    lifetime = int(claims.get("exp", 0)) - int(claims.get("iat", 0))
    limit = int(SERVER_MAX_LIFETIME.total_seconds())
    status = "ok" if 0 < lifetime <= limit else "fail"
    checks.append(
        Check(
            "lifetime",
            status,
            f"{lifetime} s (at most {limit} s)",
            "" if status == "ok" else "Use a shorter lifetime.",
        )
    )
    return checks


def _clock_check(provider: ServerTokenProvider, date: str) -> Check:
    provider.observe_server_date(date)
    offset = provider.clock_offset.total_seconds()
    if not offset:
        return Check("clock", "ok", "the local clock agrees with the App Store server's")
    skew = describe_offset(offset, "the App Store server's")
    return Check(
        "clock",
        "warn",
        f"the local clock is {skew}; tokens are corrected for it",
        "Fix the system clock (NTP): a token issued in the server's future is refused.",
    )


def _success(
    outcome: Outcome, environment: Environment, transaction_id: str | None, provider: ServerTokenProvider
) -> Check:
    if transaction_id is None:
        return Check(
            "api", "ok", f"the {environment.value} API accepted the token (notification history answered)"
        )
    signed = getattr(outcome, "signedTransactionInfo", None)
    claims = read_claims(signed)[1] if isinstance(signed, str) else {}
    bundle = claims.get("bundleId")
    if bundle is not None and bundle != provider.server_key.bundle_id:
        return Check(
            "api",
            "fail",
            f"transaction {transaction_id} belongs to {bundle}, not to {provider.server_key.bundle_id}",
            "Use the bundle id of the app the transaction belongs to.",
        )
    return Check("api", "ok", f"transaction {transaction_id} found in {environment.value}")


def _api_failure(error: ServerApiError, environment: Environment, transaction_id: str | None) -> Check:
    if error.status_code == 401:
        return Check(
            "api",
            "fail",
            f"the {environment.value} API refused the token (401, empty body)",
            "Check that the key is an In-App Purchase key of this team, not revoked, that the issuer id is "
            f"the one shown in {_IAP_KEYS}, and that the bundle id is this team's app.",
        )
    if error.api_error in (APIError.TRANSACTION_ID_NOT_FOUND, APIError.ORIGINAL_TRANSACTION_ID_NOT_FOUND):
        return Check(
            "api", "fail", f"transaction {transaction_id} is not in {environment.value} ({error.error_code})"
        )
    return Check("api", "fail", str(error))


def _other_environment_check(
    error: ServerApiError,
    other_outcome: Outcome,
    environment: Environment,
    other: Environment,
    transaction_id: str | None,
) -> Check:
    found = not isinstance(other_outcome, AppStoreConnectError)
    if error.status_code == 401 and found:
        return Check(
            "environment",
            "fail",
            f"{other.value} accepted the same token that {environment.value} refused",
            "An app with no release in production yet gets 401 from production: use the sandbox environment "
            "until the first release."
            if environment is Environment.PRODUCTION
            else f"Use the {other.value} environment.",
        )
    if error.status_code == 404 and found:
        return Check(
            "environment",
            "fail",
            f"transaction {transaction_id} lives in {other.value}, not {environment.value}",
            f"Ask the {other.value} environment (--environment {other.value.lower()}): purchases with "
            "sandbox accounts, TestFlight and Xcode are sandbox; App Store purchases are production.",
        )
    if error.status_code == 404:
        return Check(
            "environment",
            "fail",
            f"transaction {transaction_id} is in neither environment",
            "Check the id: it is a transactionId or originalTransactionId from StoreKit or a notification, "
            "not an order id (use look_up_order_id for those).",
        )
    return Check(
        "environment", "fail", f"{other.value} refused the token too", "Fix the key, issuer id or bundle id."
    )

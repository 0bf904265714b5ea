"""`diagnose` (behind `asc doctor --server`): key type, claims, one call, clock, environment (Q17)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app_store_connect import NetworkError
from app_store_connect.server import (
    AsyncServerClient,
    Diagnosis,
    Environment,
    InAppPurchaseKey,
    ServerClient,
    ServerNotAuthorizedError,
    adiagnose,
    diagnose,
)
from app_store_connect.server.sandbox import ServerSandbox


def _by_name(result: Diagnosis) -> dict[str, tuple[str, str, str]]:
    return {check.name: (check.status, check.detail, check.advice) for check in result.checks}


def _client(stand_in: ServerSandbox, key: InAppPurchaseKey, environment: str = "sandbox") -> ServerClient:
    return ServerClient(key, environment=environment, base_urls=stand_in.base_urls)


def test_q17_a_working_setup_passes_every_check(tmp_path: Path, stand_in: ServerSandbox) -> None:
    key = InAppPurchaseKey.from_file(
        stand_in.write_key(tmp_path), issuer_id=stand_in.key.issuer_id, bundle_id=stand_in.bundle_id
    )
    with _client(stand_in, key) as client:
        result = diagnose(client, transaction_id=stand_in.transaction_ids("sandbox")[0])
    checks = _by_name(result)
    assert result.ok and result.environment is Environment.SANDBOX
    assert [name for name in checks] == ["key", "token", "audience", "bid", "lifetime", "clock", "api"]
    assert all(status == "ok" for status, _, _ in checks.values())


def test_q17_a_transaction_of_the_other_environment_is_found_there(stand_in: ServerSandbox) -> None:
    with _client(stand_in, stand_in.key, "production") as client:
        result = diagnose(client, transaction_id=stand_in.transaction_ids("sandbox")[0])
    status, detail, advice = _by_name(result)["environment"]
    assert not result.ok and result.environment is Environment.SANDBOX
    assert status == "fail" and "lives in Sandbox, not Production" in detail
    assert "--environment sandbox" in advice


def test_q17_an_unknown_transaction_is_in_neither_environment(stand_in: ServerSandbox) -> None:
    with _client(stand_in, stand_in.key) as client:
        result = diagnose(client, transaction_id="42")
    assert result.environment is None
    assert "neither environment" in _by_name(result)["environment"][1]


def test_q17_an_app_store_connect_key_file_fails_the_key_check_before_any_call(
    stand_in: ServerSandbox,
) -> None:
    key = InAppPurchaseKey(stand_in.app_store_connect_key, stand_in.bundle_id, "AuthKey_ASCKEY0001.p8")
    with _client(stand_in, key) as client:
        result = diagnose(client)
    status, _, advice = _by_name(result)["key"]
    assert status == "fail" and "SubscriptionKey_<KEYID>.p8" in advice
    assert stand_in.requests == []


def test_q17_a_refused_token_is_explained_and_the_other_environment_tried(stand_in: ServerSandbox) -> None:
    key = InAppPurchaseKey(stand_in.app_store_connect_key, stand_in.bundle_id)  # its kind unknown locally
    with _client(stand_in, key) as client:
        result = diagnose(client)
    checks = _by_name(result)
    assert checks["key"][0] == "warn"
    assert checks["api"][0] == "fail" and "refused the token (401" in checks["api"][1]
    assert "In-App Purchase key" in checks["api"][2]
    assert checks["environment"][1] == "Production refused the token too"
    assert isinstance(result.error, ServerNotAuthorizedError)


def test_q8_a_server_clock_ahead_is_reported(stand_in: ServerSandbox) -> None:
    stand_in.clock_skew = 120.0
    with _client(stand_in, stand_in.key) as client:
        result = diagnose(client)
    status, detail, advice = _by_name(result)["clock"]
    assert result.ok and status == "warn" and "NTP" in advice
    assert re.search(r"\b1(19|20|21) s behind", detail)  # an HTTP Date has whole seconds


@pytest.mark.anyio
async def test_async_diagnosis_finds_the_environment(stand_in: ServerSandbox) -> None:
    async with AsyncServerClient(
        stand_in.key, environment="production", base_urls=stand_in.base_urls
    ) as client:
        result = await adiagnose(client, transaction_id=stand_in.transaction_ids("sandbox")[0])
    assert result.environment is Environment.SANDBOX and not result.ok


def test_an_unreachable_server_is_a_failed_call_not_a_pass(stand_in: ServerSandbox) -> None:
    client = ServerClient(
        stand_in.key, environment="sandbox", base_urls=stand_in.base_urls, sleep=lambda _: None
    )
    stand_in.stop()
    with client:
        result = diagnose(client)
    status, detail, _ = _by_name(result)["api"]
    assert not result.ok and status == "fail" and "failed in transit" in detail
    assert isinstance(result.error, NetworkError)

"""Tokens with the Server API's claims, and a stand-in that refuses them as Apple does (Q17)."""

from __future__ import annotations

import time
from datetime import timedelta

import httpx
import jwt
import pytest

from app_store_connect import ConfigurationError, NotAuthorizedError
from app_store_connect.server import (
    Environment,
    InAppPurchaseKey,
    ServerClient,
    ServerNotAuthorizedError,
    ServerTokenProvider,
)
from app_store_connect.server.sandbox import ServerSandbox


def test_q17_tokens_carry_iss_iat_exp_aud_and_bid(stand_in: ServerSandbox) -> None:
    provider = ServerTokenProvider(stand_in.key, clock=lambda: 1_800_000_000.0)
    token = provider.token()
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(
        token,
        stand_in.key.api_key.private_key.public_key(),
        algorithms=["ES256"],
        audience="appstoreconnect-v1",
        options={"verify_exp": False, "verify_iat": False},
    )
    assert header == {"alg": "ES256", "kid": "IAPKEY0001", "typ": "JWT"}
    assert claims == {
        "iss": stand_in.key.issuer_id,
        "iat": 1_800_000_000,
        "exp": 1_800_000_000 + 19 * 60,
        "aud": "appstoreconnect-v1",
        "bid": "com.example.standin",
    }
    assert provider.token() == token and provider.mint_count == 1  # reused


def test_q17_the_stand_in_accepts_the_clients_token(client: ServerClient, stand_in: ServerSandbox) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[0]
    assert client.get_transaction_info(transaction_id).signedTransactionInfo
    assert stand_in.auth_failures == []


def _get(stand_in: ServerSandbox, token: str) -> httpx.Response:
    """A GET with `token`, straight to the stand-in (no client to fix the token up)."""
    base = stand_in.base_urls[Environment.SANDBOX]
    return httpx.get(f"{base}/inApps/v1/transactions/1", headers={"Authorization": f"Bearer {token}"})


def test_q17_a_token_without_bid_gets_apples_empty_401(stand_in: ServerSandbox) -> None:
    now = int(time.time())
    claims = {"iss": stand_in.key.issuer_id, "iat": now, "exp": now + 600, "aud": "appstoreconnect-v1"}
    token = jwt.encode(
        claims, stand_in.key.api_key.private_key, algorithm="ES256", headers={"kid": "IAPKEY0001"}
    )
    response = _get(stand_in, token)
    assert (response.status_code, response.content) == (401, b"")
    assert stand_in.auth_failures == ["no bid claim"]


def test_q17_a_lifetime_over_an_hour_gets_401(stand_in: ServerSandbox) -> None:
    now = int(time.time())
    claims = {
        "iss": stand_in.key.issuer_id,
        "iat": now,
        "exp": now + 3601,
        "aud": "appstoreconnect-v1",
        "bid": stand_in.bundle_id,
    }
    token = jwt.encode(
        claims, stand_in.key.api_key.private_key, algorithm="ES256", headers={"kid": "IAPKEY0001"}
    )
    assert _get(stand_in, token).status_code == 401
    assert stand_in.auth_failures == ["lifetime over 60 minutes"]


def test_q17_an_app_store_connect_key_gets_401_with_the_local_checks(stand_in: ServerSandbox) -> None:
    wrong_kind = InAppPurchaseKey(stand_in.app_store_connect_key, stand_in.bundle_id)
    client = ServerClient(wrong_kind, environment="sandbox", base_urls=stand_in.base_urls)
    with client, pytest.raises(ServerNotAuthorizedError) as caught:
        client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    error = caught.value
    assert isinstance(error, NotAuthorizedError)
    assert error.status_code == 401 and error.error_code is None
    assert any(line.startswith("Key type:") for line in error.diagnostics)
    assert "A fresh token was refused too" in str(error)
    assert client.token_provider.token() not in str(error) + repr(error.headers)
    # one fresh-token retry, as for App Store Connect (Q8), then the error
    assert (
        stand_in.auth_failures == ["signed with an App Store Connect API key, not an In-App Purchase key"] * 2
    )


def test_q17_a_bid_of_another_app_gets_401(stand_in: ServerSandbox) -> None:
    other_app = InAppPurchaseKey(stand_in.key.api_key, "com.example.other")
    client = ServerClient(other_app, environment="sandbox", base_urls=stand_in.base_urls)
    with client, pytest.raises(ServerNotAuthorizedError, match=r"bid 'com\.example\.other'"):
        client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])


def test_a_lifetime_over_twenty_minutes_is_refused_with_both_limits_named(stand_in: ServerSandbox) -> None:
    with pytest.raises(ConfigurationError, match="allows 60, App Store Connect 20"):
        ServerTokenProvider(stand_in.key, lifetime=timedelta(minutes=30))

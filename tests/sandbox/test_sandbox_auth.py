"""Token verification: the rules of Apple's "Generating Tokens for API Requests", answered like Apple (Q8)."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from functools import partial

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from sandbox_support import mint

from app_store_connect.sandbox import Sandbox

APPLE_401 = {
    "errors": [
        {
            "status": "401",
            "code": "NOT_AUTHORIZED",
            "title": "Authentication credentials are missing or invalid.",
            "detail": "Provide a properly configured and signed bearer token, and make sure that it has not "
            "expired. Learn more about Generating Tokens for API Requests "
            "https://developer.apple.com/go/?id=api-generating-tokens",
        }
    ]
}


Getter = Callable[..., httpx.Response]


@pytest.fixture
def get(sandbox: Sandbox, plain: httpx.Client) -> Getter:
    """GET a path of the `sandbox` fixture with a given token (None: no Authorization header)."""

    return partial(_get, plain, sandbox)


def _get(plain: httpx.Client, sandbox: Sandbox, token: str | None, path: str = "/v1/apps") -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return plain.get(sandbox.base_url + path, headers=headers)


def _other_key_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _der_signed(token: str) -> str:
    """The same token with its raw r||s signature re-encoded as DER, the classic mistake (Q8)."""
    header, payload, signature = token.split(".")
    raw = base64.urlsafe_b64decode(signature + "==")
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    return f"{header}.{payload}.{base64.urlsafe_b64encode(der).decode().rstrip('=')}"


def test_a_correct_token_is_accepted(sandbox: Sandbox, get: Getter) -> None:
    response = get(mint(sandbox))
    assert response.status_code == 200
    assert response.json()["data"]


@pytest.mark.parametrize(
    ("case", "token_of"),
    [
        ("no token", lambda sandbox: None),
        ("bad signature", lambda sandbox: mint(sandbox, key_pem=_other_key_pem())),
        ("DER signature", lambda sandbox: _der_signed(mint(sandbox))),
        ("unknown kid", lambda sandbox: mint(sandbox, kid="ZZZZZZZZZZ")),
        ("wrong aud", lambda sandbox: mint(sandbox, aud="appstoreconnect-v2")),
        ("no aud", lambda sandbox: mint(sandbox, aud=None)),
        ("lifetime 21 min", lambda sandbox: mint(sandbox, exp=int(time.time()) + 21 * 60)),
        ("iat in the future", lambda sandbox: mint(sandbox, iat=int(time.time()) + 120)),
        ("expired", lambda sandbox: mint(sandbox, iat=int(time.time()) - 700, exp=int(time.time()) - 100)),
        ("wrong iss", lambda sandbox: mint(sandbox, iss="00000000-0000-4000-8000-000000000000")),
        ("team key signed as individual", lambda sandbox: mint(sandbox, iss=None, sub="user")),
        ("outside its scope", lambda sandbox: mint(sandbox, scope=["GET /v1/builds"])),
    ],
)
def test_each_token_problem_answers_apples_401(
    sandbox: Sandbox, get: Getter, case: str, token_of: object
) -> None:
    token = token_of(sandbox)  # type: ignore[operator]
    response = get(token)
    assert response.status_code == 401, case
    assert response.json() == APPLE_401
    assert response.headers["Content-Type"] == "application/json"
    assert sandbox.requests[-1].note  # the reason is kept for the test, never sent


def test_lifetime_of_exactly_20_minutes_is_accepted(sandbox: Sandbox, get: Getter) -> None:
    assert get(mint(sandbox, exp=int(time.time()) + 20 * 60)).status_code == 200


def test_scoped_token_works_for_its_request_only(sandbox: Sandbox, get: Getter) -> None:
    token = mint(sandbox, scope=["GET /v1/apps?limit=2"])
    assert get(token, "/v1/apps?limit=2").status_code == 200
    assert get(token, "/v1/apps?limit=3").status_code == 401


def test_individual_keys_sign_with_sub_user_and_cannot_read_sales(sandbox: Sandbox, get: Getter) -> None:
    pem = _other_key_pem()
    sandbox.register_key("INDIVIDUAL", pem, individual=True)
    token = mint(sandbox, key_pem=pem, kid="INDIVIDUAL", iss=None, sub="user")
    assert get(token).status_code == 200
    assert get(mint(sandbox, key_pem=pem, kid="INDIVIDUAL")).status_code == 401  # with iss
    sales = get(token, f"/v1/salesReports?filter[vendorNumber]={sandbox.vendor_number}")
    assert sales.status_code == 403
    assert sales.json()["errors"][0]["code"] == "FORBIDDEN_ERROR"


def test_a_registered_team_key_is_accepted(sandbox: Sandbox, get: Getter) -> None:
    pem = _other_key_pem()
    public = ec.generate_private_key(ec.SECP256R1())  # a second key, registered by its public half only
    public_pem = public.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    sandbox.register_key("TEAMKEY001", pem)
    sandbox.register_key("TEAMKEY002", public_pem)
    assert get(mint(sandbox, key_pem=pem, kid="TEAMKEY001")).status_code == 200
    private_pem = public.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    assert get(mint(sandbox, key_pem=private_pem, kid="TEAMKEY002")).status_code == 200


def test_every_response_carries_a_decrementing_rate_limit_and_a_date(sandbox: Sandbox, get: Getter) -> None:
    token = mint(sandbox)
    first, second, refused = get(token), get(token), get(None)
    assert first.headers["X-Rate-Limit"] == "user-hour-lim:3600;user-hour-rem:3599;"
    assert second.headers["X-Rate-Limit"] == "user-hour-lim:3600;user-hour-rem:3598;"
    assert refused.headers["X-Rate-Limit"] == "user-hour-lim:3600;user-hour-rem:3598;"
    for response in (first, second, refused):
        assert abs(parsedate_to_datetime(response.headers["Date"]).timestamp() - time.time()) < 5


def test_a_spent_hourly_budget_answers_429(plain: httpx.Client) -> None:
    with Sandbox(rate_limit=2) as sandbox:
        token = mint(sandbox)
        statuses = [_get(plain, sandbox, token).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert _get(plain, sandbox, token).headers["X-Rate-Limit"] == "user-hour-lim:2;user-hour-rem:0;"


def test_a_skewed_server_clock_refuses_local_tokens_and_shows_its_time_in_date(plain: httpx.Client) -> None:
    with Sandbox(clock_skew=-600) as sandbox:  # the server is ten minutes behind the client
        refused = _get(plain, sandbox, mint(sandbox))
        assert refused.status_code == 401  # iat is in the server's future
        server_now = parsedate_to_datetime(refused.headers["Date"]).timestamp()
        assert abs(server_now - (time.time() - 600)) < 5
        corrected = int(server_now)
        assert _get(plain, sandbox, mint(sandbox, iat=corrected, exp=corrected + 600)).status_code == 200
        sandbox.clock_skew = 0
        assert _get(plain, sandbox, mint(sandbox)).status_code == 200


def test_a_reused_token_is_checked_again_on_every_request(sandbox: Sandbox, get: Getter) -> None:
    token = mint(sandbox)
    assert get(token).status_code == 200
    sandbox.clock_skew = 700  # ten minutes and more later, on the server's clock
    assert get(token).status_code == 401
    assert sandbox.requests[-1].note is not None and "expired" in sandbox.requests[-1].note


def test_the_sandbox_shares_no_code_with_the_client() -> None:
    """The sandbox checks tokens on its own: if it used the client's token, auth or transport code, the
    tests that use it would prove nothing."""
    import ast
    from pathlib import Path

    import app_store_connect.sandbox

    for source in Path(app_store_connect.sandbox.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom):
                assert node.level <= 1, f"{source.name} imports from the client: {ast.unparse(node)}"
                assert not (node.module or "").startswith("app_store_connect"), source.name
            elif isinstance(node, ast.Import):
                assert not any(alias.name.startswith("app_store_connect") for alias in node.names), (
                    source.name
                )

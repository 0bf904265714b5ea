"""The client against reconstructed cassettes (VCR.py under httpx's real transports), sync and async."""

from __future__ import annotations

from typing import Any

import jwt
import pytest
from core_helpers import MakeDriver, Wire
from doubles import FakeTime

from app_store_connect._errors import (
    AgreementsMissingError,
    GatewayError,
    NotAuthorizedError,
    NotFoundError,
    ServerError,
    StateConflictError,
)
from app_store_connect._keys import ApiKey
from app_store_connect._retry import RetryPolicy
from app_store_connect._tokens import TokenProvider
from app_store_connect_api.api.apps import apps_get_collection
from app_store_connect_api.models.apps_response import AppsResponse

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

API = "https://api.appstoreconnect.apple.com"


def claims(token: str | None, key: ApiKey) -> dict[str, Any]:
    """Claims of `token`, verified with the key's public half."""
    assert token is not None
    decoded: dict[str, Any] = jwt.decode(
        token,
        key.public_key_pem(),
        algorithms=["ES256"],
        audience="appstoreconnect-v1",
        options={"verify_exp": False, "verify_iat": False},
    )
    return decoded


@pytest.mark.default_cassette("q8_token_reused_across_calls.yaml")
async def test_q8_one_token_serves_two_calls(
    make_driver: MakeDriver, provider: TokenProvider, api_key: ApiKey
) -> None:
    wire = Wire()
    asc = make_driver(key=provider, transport=wire)

    first = await asc.call(apps_get_collection, filter_bundle_id=["com.example.app"])
    second = await asc.request("GET", "/v1/apps")

    assert isinstance(first, AppsResponse)
    assert second.json()["data"] == []
    assert len(wire.tokens) == 2 and wire.tokens[0] == wire.tokens[1]
    assert provider.mint_count == 1
    token_claims = claims(wire.tokens[0], api_key)
    assert token_claims["iss"] == api_key.issuer_id
    assert 0 < token_claims["exp"] - token_claims["iat"] <= 20 * 60
    assert jwt.get_unverified_header(wire.tokens[0] or "")["kid"] == api_key.key_id
    assert asc.asc.rate_limit.remaining == 3598


@pytest.mark.default_cassette("q8_401_then_success_with_new_token.yaml")
async def test_q8_401_is_retried_once_with_a_new_token(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    wire = Wire()
    asc = make_driver(key=provider, transport=wire)

    response = await asc.request("GET", "/v1/apps")

    assert response.status_code == 200
    assert len(wire.tokens) == 2 and None not in wire.tokens
    assert wire.tokens[0] != wire.tokens[1]
    assert provider.mint_count == 2


@pytest.mark.default_cassette("q8_401_twice.yaml")
async def test_q8_second_401_raises_with_local_checks(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    wire = Wire()
    asc = make_driver(key=provider, transport=wire)

    with pytest.raises(NotAuthorizedError) as caught:
        await asc.request("GET", "/v1/apps")

    message = str(caught.value)
    assert len(wire.sent) == 2
    assert "\n" not in message and "NOT_AUTHORIZED" in message
    assert "Lifetime:" in message and "Clock:" in message  # the provider's diagnose() lines
    assert caught.value.diagnostics == tuple(provider.diagnose())
    for token in wire.tokens:
        assert token and token not in message and token not in repr(caught.value)


@pytest.mark.default_cassette("q7_429_then_success.yaml")
async def test_q7_429_backs_off_then_succeeds(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    wire = Wire()
    asc = make_driver(transport=wire)

    response = await asc.request("GET", "/v1/apps")

    assert response.status_code == 200
    assert len(wire.sent) == 2
    assert fake_time.sleeps == [0.5]  # first backoff step, no Retry-After (Q7), jitter pinned to 0
    assert asc.asc.rate_limit.remaining == 3120
    assert asc.asc.rate_limit.entries["user-minute-rem"] == 299


@pytest.mark.default_cassette("q6_502_html_then_success.yaml")
async def test_q6_502_html_page_is_retried(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    wire = Wire()
    asc = make_driver(transport=wire)

    response = await asc.request("GET", "/v1/builds", params={"filter[app]": "1234567890"})

    assert response.status_code == 200
    assert len(wire.sent) == 2 and len(fake_time.sleeps) == 1


@pytest.mark.default_cassette("q6_502_html_then_success.yaml")
async def test_q6_502_html_page_becomes_gateway_error(make_driver: MakeDriver) -> None:
    asc = make_driver(retry=RetryPolicy.disabled())

    with pytest.raises(GatewayError) as caught:
        await asc.request("GET", "/v1/builds", params={"filter[app]": "1234567890"})

    error = caught.value
    assert isinstance(error, ServerError)
    assert error.status_code == 502
    assert error.correlation_key == "7QWZ3NCRQLBB4FXZ2QW3GEC6RQ"
    assert error.excerpt is not None and error.excerpt.startswith("502 Bad Gateway")
    assert "<" not in error.excerpt
    assert "Correlation Key 7QWZ3NCRQLBB4FXZ2QW3GEC6RQ" in str(error)


APP_STORE_VERSION = {
    "data": {
        "type": "appStoreVersions",
        "attributes": {"versionString": "1.13.1", "platform": "IOS"},
        "relationships": {"app": {"data": {"type": "apps", "id": "1504232958"}}},
    }
}


@pytest.mark.default_cassette("q6_500_on_post_not_retried.yaml")
async def test_q6_500_on_post_is_not_retried(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    wire = Wire()
    asc = make_driver(transport=wire)

    with pytest.raises(ServerError) as caught:
        await asc.request("POST", "/v1/appStoreVersions", json=APP_STORE_VERSION)

    assert len(wire.sent) == 1 and fake_time.sleeps == []  # fastlane 17886: a retry made a duplicate
    assert caught.value.code == "UNEXPECTED_ERROR"
    assert "b3c6e2a0-5d4f-4c4e-9a51-0d2f1e6c7a10" in str(caught.value)


@pytest.mark.default_cassette("q15_409_state_error_with_associated_errors.yaml")
async def test_q15_409_flattens_associated_errors(make_driver: MakeDriver) -> None:
    asc = make_driver()
    body = {"data": {"type": "reviewSubmissionItems"}}

    with pytest.raises(StateConflictError) as caught:
        await asc.request("POST", "/v1/reviewSubmissionItems", json=body)

    error = caught.value
    associated = error.associated_errors
    pointers = [a.pointer for a in associated]
    assert pointers == ["/data/attributes/description", "/data/attributes/keywords", None]
    assert associated[2].resource == "/v1/appScreenshotSets/1b7e4f0a-1111-4222-8333-944455556666"
    message = str(error)
    assert "\n" not in message
    assert message.startswith("409 STATE_ERROR.ENTITY_STATE_INVALID on POST")
    assert "attribute 'keywords'" in message and "You must provide a screenshot" in message
    assert "6d516aab-7949-48e1-9205-89b9bc2e736b" in message


@pytest.mark.default_cassette("s4_error_without_detail.yaml")
async def test_s4_error_without_detail_still_reads(make_driver: MakeDriver) -> None:
    asc = make_driver()

    with pytest.raises(NotFoundError) as caught:
        await asc.request("GET", "/v1/apps/0000000000")

    error = caught.value
    assert error.errors[0].detail is None
    assert error.error_ids == ("QZ7X4KDHMCZBWY3N2JYUXK5S6A",)  # Q15: not a UUID, kept anyway
    assert str(error) == (
        f"404 NOT_FOUND on GET {API}/v1/apps/0000000000: The specified resource does not exist. "
        "(error id QZ7X4KDHMCZBWY3N2JYUXK5S6A)"
    )


@pytest.mark.default_cassette("q9_agreements_missing.yaml")
async def test_q9_agreements_missing_is_its_own_error(make_driver: MakeDriver) -> None:
    asc = make_driver()

    with pytest.raises(AgreementsMissingError) as caught:
        await asc.request("GET", "/v1/salesReports", params={"filter[frequency]": "DAILY"})

    assert caught.value.agreements_url == "https://appstoreconnect.apple.com/business"
    assert "accept the latest agreements at https://appstoreconnect.apple.com/business" in str(caught.value)


@pytest.mark.default_cassette("q13_redirect_to_other_host_without_token.yaml")
async def test_q13_redirect_to_another_host_drops_the_token(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    wire = Wire()
    asc = make_driver(key=provider, transport=wire)

    body = await asc.download("GET", "/v1/analyticsReportSegments/seg-1/download")

    assert body.startswith(b"Date\tApp Name")
    hosts = [s.url.split("/")[2] for s in wire.sent]
    assert hosts == ["api.appstoreconnect.apple.com", "iosapps-ssl.itunes.apple.com"]
    assert wire.sent[0].authorization is not None
    assert wire.sent[1].authorization is None

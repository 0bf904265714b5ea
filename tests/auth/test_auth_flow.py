"""ApiAuth on a MockTransport: tokens only to the API origin (Q13), one fresh-token retry on 401 (Q8)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from app_store_connect._auth import ApiAuth
from app_store_connect._keys import ApiKey
from app_store_connect._tokens import TokenProvider

API = "https://api.appstoreconnect.apple.com"
UPLOAD = "https://store-032.blobstore.apple.com/itmspod11-assets-massilia-032001/PurpleSource/upload?sig=abc"
T0 = 1_750_000_000.0

Handler = Callable[[httpx.Request], httpx.Response]
Verify = Callable[[str, ApiKey], dict[str, Any]]  # the `verified` fixture


class Server:
    """Records each request's Authorization header and answers with the given statuses in turn."""

    def __init__(self, *statuses: int, headers: dict[str, str] | None = None) -> None:
        self.statuses = list(statuses)
        self.headers = headers or {}
        self.seen: list[tuple[str, str | None]] = []  # (url, Authorization)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((str(request.url), request.headers.get("Authorization")))
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(status, headers=self.headers, json={})

    @property
    def tokens(self) -> list[str | None]:
        return [None if auth is None else auth.removeprefix("Bearer ") for _, auth in self.seen]


@pytest.fixture
def provider(team_key: ApiKey) -> TokenProvider:
    return TokenProvider(team_key, clock=lambda: T0)


def client_for(provider: TokenProvider, server: Handler, *, follow_redirects: bool = False) -> httpx.Client:
    transport = httpx.MockTransport(server)
    return httpx.Client(auth=ApiAuth(provider, API), transport=transport, follow_redirects=follow_redirects)


@pytest.fixture
def client(provider: TokenProvider) -> Iterator[Callable[[Server], httpx.Client]]:
    clients: list[httpx.Client] = []

    def make(server: Server) -> httpx.Client:
        clients.append(client_for(provider, server))
        return clients[-1]

    yield make
    for made in clients:
        made.close()


def test_api_requests_carry_a_valid_bearer_token(
    client: Callable[[Server], httpx.Client], team_key: ApiKey, verified: Verify
) -> None:
    server = Server(200)
    client(server).get(f"{API}/v1/apps")
    [token] = server.tokens
    assert token is not None
    assert verified(token, team_key)["iss"] == team_key.issuer_id


@pytest.mark.parametrize(
    "url",
    [
        UPLOAD,
        "http://api.appstoreconnect.apple.com/v1/apps",  # other scheme
        "https://api.appstoreconnect.apple.com:8443/v1/apps",  # other port
        "https://appstoreconnect.apple.com/v1/apps",  # other host
    ],
)
def test_q13_no_token_to_any_other_origin(client: Callable[[Server], httpx.Client], url: str) -> None:
    server = Server(200)
    client(server).put(url, content=b"part")
    assert server.tokens == [None]


def test_the_default_port_is_the_same_origin(client: Callable[[Server], httpx.Client]) -> None:
    server = Server(200)
    client(server).get("https://api.appstoreconnect.apple.com:443/v1/apps")
    assert server.tokens[0] is not None


def test_q13_a_foreign_request_is_left_untouched(client: Callable[[Server], httpx.Client]) -> None:
    server = Server(200)
    client(server).get(UPLOAD, headers={"Authorization": "Basic c29tZW9uZQ=="})
    assert server.seen == [(UPLOAD, "Basic c29tZW9uZQ==")]


def test_q13_a_redirect_from_the_api_to_another_host_drops_the_token(provider: TokenProvider) -> None:
    seen: list[tuple[str, str | None]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("Authorization")))
        if request.url.host == "api.appstoreconnect.apple.com":
            return httpx.Response(302, headers={"Location": UPLOAD})
        return httpx.Response(200)

    with client_for(provider, server, follow_redirects=True) as client:
        assert client.get(f"{API}/v1/analyticsReportSegments/1").status_code == 200
    assert seen[0][1] is not None
    assert seen[1] == ("store-032.blobstore.apple.com", None)


def test_q8_401_then_200_retries_once_with_a_new_token(
    client: Callable[[Server], httpx.Client], provider: TokenProvider
) -> None:
    server = Server(401, 200)
    response = client(server).get(f"{API}/v1/apps")
    assert response.status_code == 200
    first, second = server.tokens
    assert first is not None and second is not None and first != second
    assert provider.mint_count == 2


def test_q8_401_twice_returns_the_401_after_exactly_two_requests(
    client: Callable[[Server], httpx.Client], provider: TokenProvider
) -> None:
    server = Server(401)
    response = client(server).get(f"{API}/v1/apps")
    assert response.status_code == 401
    assert len(server.seen) == 2
    assert provider.mint_count == 2


def test_q8_a_skewed_date_on_the_401_corrects_the_retry(
    client: Callable[[Server], httpx.Client], provider: TokenProvider, team_key: ApiKey, verified: Verify
) -> None:
    server = Server(401, 200, headers={"Date": formatdate(T0 + 600, usegmt=True)})
    client(server).get(f"{API}/v1/apps")
    retry_token = server.tokens[1]
    assert retry_token is not None
    assert verified(retry_token, team_key)["iat"] == int(T0) + 600
    assert provider.clock_offset.total_seconds() == 600


def test_a_401_from_another_host_is_not_retried(client: Callable[[Server], httpx.Client]) -> None:
    server = Server(401)
    assert client(server).get(UPLOAD).status_code == 401
    assert server.tokens == [None]


def test_a_streamed_body_is_not_sent_twice(client: Callable[[Server], httpx.Client]) -> None:
    server = Server(401, 200)
    response = client(server).post(f"{API}/v1/apps", content=iter([b"{}"]))
    assert response.status_code == 401
    assert len(server.seen) == 1


def test_the_same_auth_works_for_async_clients(provider: TokenProvider) -> None:
    server = Server(401, 200)

    async def run() -> tuple[int, int]:
        transport = httpx.MockTransport(server)
        async with httpx.AsyncClient(auth=ApiAuth(provider, API), transport=transport) as client:
            api = await client.get(f"{API}/v1/apps")
            upload = await client.put(UPLOAD, content=b"part")
        return api.status_code, upload.status_code

    assert asyncio.run(run()) == (200, 200)
    first, second, upload = server.tokens
    assert first is not None and second is not None and first != second
    assert upload is None

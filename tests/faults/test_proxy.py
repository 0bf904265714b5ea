"""Proxies: HTTP_PROXY / ALL_PROXY / NO_PROXY honoured as httpx does, `proxy=` and `trust_env=`, and the
retry transport in front of the proxy. A forwarding proxy and the API are raw-socket servers on 127.0.0.1.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect, ConfigurationError, RetryPolicy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "faults"))
from fault_server import FaultServer, Reply, Seen

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def api_answers(api: FaultServer) -> None:
    api.reset(lambda seen: Reply(200, b'{"data": []}', (("Content-Type", "application/json"),)))


def forwarding(seen: Seen) -> Reply:
    """A forward proxy: the absolute-form target is fetched and its answer relayed."""
    headers = {name: value for name, value in seen.headers.items() if name == "authorization"}
    answer = httpx.request(seen.method, seen.target, headers=headers, trust_env=False)
    return Reply(answer.status_code, answer.content, (("Content-Type", answer.headers["content-type"]),))


@pytest.fixture
def proxy() -> Iterator[FaultServer]:
    with FaultServer(script=forwarding).running() as server:
        yield server


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


async def get(kind: str, api: FaultServer, **options: Any) -> httpx.Response:
    options = {
        "base_url": api.url,
        "sleep": _no_sleep(kind),
        "retry": RetryPolicy(random=lambda: 0.0),
        **options,
    }
    if kind == "sync":
        with AppStoreConnect(None, **options) as asc:
            return asc.request("GET", "/v1/apps")
    async with AsyncAppStoreConnect(None, **options) as asc:
        return await asc.request("GET", "/v1/apps")


def _no_sleep(kind: str) -> Any:
    async def async_sleep(seconds: float) -> None:
        pass

    return (lambda seconds: None) if kind == "sync" else async_sleep


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy"])
async def test_the_environment_proxy_is_used_by_default(
    client_kind: str, api: FaultServer, proxy: FaultServer, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)

    response = await get(client_kind, api)

    assert response.json() == {"data": []}
    assert [seen.target for seen in proxy.seen] == [f"{api.url}/v1/apps"]  # absolute form: a proxy request


async def test_no_proxy_and_trust_env_false_go_direct(
    client_kind: str, api: FaultServer, proxy: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    await get(client_kind, api, trust_env=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    await get(client_kind, api)

    assert proxy.seen == []


async def test_the_proxy_option_needs_no_environment(
    client_kind: str, api: FaultServer, proxy: FaultServer
) -> None:
    await get(client_kind, api, proxy=proxy.url, trust_env=False)

    assert len(proxy.seen) == 1


async def test_retries_happen_in_front_of_the_proxy(
    client_kind: str, api: FaultServer, proxy: FaultServer
) -> None:
    answers = iter([Reply(503, b"<html>proxy busy</html>", (("Content-Type", "text/html"),))])
    proxy.reset(lambda seen: next(answers, None) or forwarding(seen))

    response = await get(client_kind, api, proxy=proxy.url)

    assert response.status_code == 200 and len(proxy.seen) == 2


def test_a_proxy_and_a_transport_are_refused_together() -> None:
    with pytest.raises(ConfigurationError, match="proxy= or transport="):
        AppStoreConnect(
            None, proxy="http://127.0.0.1:9", transport=httpx.MockTransport(lambda r: httpx.Response(200))
        )

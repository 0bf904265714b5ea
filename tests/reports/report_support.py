"""Helpers of the report tests (a uniquely named module, so no `conftest` import clashes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from app_store_connect.reports import ReportDecoder, Row

API_HOST = "api.appstoreconnect.apple.com"
CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "reports"

DecodeAll = Callable[..., tuple[list[Row], ReportDecoder]]


def decode_in_chunks(body: bytes, *, chunk: int = 7, quoted: bool = False) -> tuple[list[Row], ReportDecoder]:
    """Feed `body` in small chunks (so lines, UTF-8 characters and gzip headers get split) and flush."""
    decoder = ReportDecoder(quoted=quoted)
    rows: list[Row] = []
    for start in range(0, len(body), chunk):
        rows.extend(decoder.decode(body[start : start + chunk]))
    rows.extend(decoder.flush())
    return rows, decoder


class SentLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transport (which VCR replays) and keeps every request as it left the client."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self._async.handle_async_request(request)

    def authorization_by_host(self) -> dict[str, set[str | None]]:
        """For each host: the Authorization header values (None: absent) sent to it."""
        seen: dict[str, set[str | None]] = {}
        for request in self.requests:
            header = request.headers.get("authorization")
            seen.setdefault(request.url.host, set()).add(header and header.split()[0])
        return seen

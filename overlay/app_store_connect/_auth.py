"""`ApiAuth`: the httpx auth that signs App Store Connect requests, and only those."""

from __future__ import annotations

import logging
from collections.abc import Generator

import httpx

from ._tokens import TokenProvider

__all__ = ["ApiAuth"]

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 80, "https": 443}


class ApiAuth(httpx.Auth):
    """Bearer tokens for requests to the API's origin; one retry with a fresh token after a 401 (Q8).

    It only computes (no I/O), so the same flow serves `httpx.Client` and `httpx.AsyncClient`.
    """

    def __init__(self, provider: TokenProvider, api_base_url: str | httpx.URL) -> None:
        self.provider = provider
        self._origin = origin(httpx.URL(api_base_url))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign `request` if it goes to the API; after a 401, correct the clock and retry once."""
        if origin(request.url) != self._origin:
            # Q13: presigned upload/download hosts must never see the API token; leave them untouched.
            yield request
            return
        # A streamed body cannot be sent again, so its 401 goes to the caller as it is. Decided before
        # sending: a transport that reads the stream may leave a replayable copy behind.
        replayable = isinstance(request.stream, httpx.ByteStream)
        token = self.provider.token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401 or not replayable:
            return
        server_date = response.headers.get("Date")
        if server_date:
            self.provider.observe_server_date(server_date)
        self.provider.invalidate(token)
        logger.info("App Store Connect answered 401; retrying once with a new token (Q8)")
        request.headers["Authorization"] = f"Bearer {self.provider.token()}"
        yield request


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port, with the scheme's default port made explicit."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)

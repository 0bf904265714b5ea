"""`-vv`: a transport that logs each attempt's request and response headers, credentials redacted."""

from __future__ import annotations

import logging

import httpx

from ._verbose import LIBRARY_LOGGER

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


class HeaderLog(httpx.HTTPTransport):
    """The default transport, logging headers at DEBUG (the retry transport above it logs each request)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        logger = logging.getLogger(LIBRARY_LOGGER)
        logger.debug("> %s %s %s", request.method, request.url.path, shown_headers(request.headers))
        response = super().handle_request(request)
        logger.debug("< %s %s", response.status_code, shown_headers(response.headers))
        return response


def shown_headers(headers: httpx.Headers) -> str:
    """Headers as `name: value; ...`, with credentials replaced by `[redacted]`."""
    return "; ".join(
        f"{name}: {'[redacted]' if name.lower() in SECRET_HEADERS else value}"
        for name, value in headers.multi_items()
    )

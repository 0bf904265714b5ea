"""Error bodies read with a cap: enough for the error document and its excerpt, never a memory bomb.

A streamed download (a report, a segment) answered with an error has a body nobody has read yet; a
gzip one of a few hundred KB can inflate to gigabytes. Only its first `ERROR_BODY_BYTES` (decoded)
are read, in bounded steps, and the response is closed.
"""

from __future__ import annotations

import zlib

import httpx

ERROR_BODY_BYTES = 1 << 20
"""Most decoded bytes kept of an error body: far above any error document Apple sends."""

_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})
_BODY_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _CappedBody:
    """The decoded start of a body, fed raw chunks; inflation never produces more than is kept."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        encoding = response.headers.get("content-encoding", "").strip().lower()
        # wbits 47: a zlib or a gzip header, as httpx's own decoders accept.
        self._inflater = zlib.decompressobj(wbits=47) if encoding in _INFLATED else None
        self._kept = bytearray()
        self._limit = limit

    def feed(self, raw: bytes) -> bool:
        """Take one raw chunk; True once the cap is reached (stop reading)."""
        room = self._limit - len(self._kept)
        if self._inflater is not None:
            try:
                raw = self._inflater.decompress(raw, room)
            except zlib.error:
                return True  # undecodable: keep what was decoded so far
        self._kept += raw[:room]
        return len(self._kept) >= self._limit

    def response(self, original: httpx.Response) -> httpx.Response:
        """`original` with the kept bytes as its (decoded) content."""
        headers = [(k, v) for k, v in original.headers.multi_items() if k.lower() not in _BODY_HEADERS]
        return httpx.Response(
            original.status_code,
            headers=headers,
            content=bytes(self._kept),
            request=original.request,
            extensions=original.extensions,
        )


def read_error_body(response: httpx.Response, limit: int = ERROR_BODY_BYTES) -> httpx.Response:
    """The error `response` with at most `limit` bytes of its body read; it is closed."""
    if response.is_stream_consumed:  # read already (not streamed): nothing left to cap
        response.close()
        return response
    body = _CappedBody(response, limit)
    try:
        for chunk in response.iter_raw():
            if body.feed(chunk):
                break
    finally:
        response.close()
    return body.response(response)


async def async_read_error_body(response: httpx.Response, limit: int = ERROR_BODY_BYTES) -> httpx.Response:
    """The async twin of `read_error_body`."""
    if response.is_stream_consumed:
        await response.aclose()
        return response
    body = _CappedBody(response, limit)
    try:
        async for chunk in response.aiter_raw():
            if body.feed(chunk):
                break
    finally:
        await response.aclose()
    return body.response(response)

"""httpx's own INFO log line never shows a presigned URL's signature (Q13)."""

from __future__ import annotations

import logging

import httpx
import pytest

from app_store_connect import AppStoreConnect

PRESIGNED = (
    "https://uploads.example.test/part-1?X-Amz-Signature=0123456789abcdef0123456789abcdef&X-Amz-Expires=300"
)


def test_q13_httpx_request_log_has_no_query(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with AppStoreConnect(None, transport=transport) as asc, caplog.at_level(logging.INFO, logger="httpx"):
        asc.request("PUT", PRESIGNED, content=b"part")
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines and "https://uploads.example.test/part-1" in lines[0]
    assert not any("X-Amz-Signature" in line or "0123456789abcdef" in line for line in lines)


def test_q13_httpcore_debug_lines_show_no_signature(caplog: pytest.LogCaptureFixture) -> None:
    """httpcore prints response headers whole at DEBUG; a `Location` with a signature loses its query."""
    AppStoreConnect(None).close()  # installs the filters
    logger = logging.getLogger("httpcore.http11")
    location = b"https://downloads.example.test/report.gz?X-Amz-Signature=0123456789abcdef0123456789abcdef"
    with caplog.at_level(logging.DEBUG, logger="httpcore"):
        logger.debug(
            "receive_response_headers.complete return_value=%r", (b"HTTP/1.1", 307, [(b"Location", location)])
        )
    lines = [record.getMessage() for record in caplog.records if record.name == "httpcore.http11"]
    assert lines and "downloads.example.test/report.gz" in lines[0]
    assert "0123456789abcdef" not in lines[0] and "X-Amz-Signature" not in lines[0]

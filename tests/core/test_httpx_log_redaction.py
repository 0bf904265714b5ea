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

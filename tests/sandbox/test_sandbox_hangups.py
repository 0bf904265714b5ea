"""A client hanging up mid-request is normal for a server: no traceback on stderr (it would land in
the output of an `asc --sandbox` command and break scripts that read it)."""

from __future__ import annotations

import socket
import struct
import time

import httpx
import pytest

from app_store_connect.sandbox import Sandbox


def test_a_reset_connection_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    with Sandbox() as sandbox:
        host, port = httpx.URL(sandbox.base_url).host, httpx.URL(sandbox.base_url).port
        for _ in range(3):
            with socket.create_connection((host, port)) as connection:
                connection.sendall(b"GET /v1/apps HTTP/1.1\r\nHost: x\r\n")  # never finished
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
        deadline = time.monotonic() + 2
        while len(sandbox.requests) < 1 and time.monotonic() < deadline:  # let the server see the resets
            httpx.get(f"{sandbox.base_url}/v1/apps")
    assert "Traceback" not in capfd.readouterr().err

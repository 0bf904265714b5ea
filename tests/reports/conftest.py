"""Shared helpers of the report tests: feed bytes to the pure decoder the way a download would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from app_store_connect.reports import ReportDecoder, Row

DecodeAll = Callable[..., tuple[list[Row], ReportDecoder]]


def decode_in_chunks(body: bytes, *, chunk: int = 7, quoted: bool = False) -> tuple[list[Row], ReportDecoder]:
    """Feed `body` in small chunks (so lines, UTF-8 characters and gzip headers get split) and flush."""
    decoder = ReportDecoder(quoted=quoted)
    rows: list[Row] = []
    for start in range(0, len(body), chunk):
        rows.extend(decoder.decode(body[start : start + chunk]))
    rows.extend(decoder.flush())
    return rows, decoder


@pytest.fixture
def decode_all() -> DecodeAll:
    """The chunked decode helper, as a fixture."""
    return decode_in_chunks


@pytest.fixture
def report_fixture(shared_fixtures: Path) -> Callable[[str], bytes]:
    """Read one real report file from ../shared (decompressed TSV text) as bytes."""

    def read(name: str) -> bytes:
        return (shared_fixtures / name).read_bytes()

    return read

"""Helpers of the report tests (a uniquely named module, so no `conftest` import clashes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app_store_connect.reports import ReportDecoder, Row

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

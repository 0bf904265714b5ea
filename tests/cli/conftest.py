"""Fixtures of the CLI tests: keys App Store Connect (and the sandbox) have never seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import ISSUER_ID, write_key

from app_store_connect import ApiKey


@pytest.fixture(scope="session")
def stranger_key() -> ApiKey:
    """A well-formed team key that no server knows."""
    return ApiKey.generate(key_id="STRANGER01", issuer_id=ISSUER_ID)


@pytest.fixture
def stranger_key_file(tmp_path: Path, stranger_key: ApiKey) -> Path:
    """`stranger_key`'s .p8 file."""
    return write_key(tmp_path, stranger_key)

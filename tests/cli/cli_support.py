"""Helpers of the CLI tests: `asc` as a subprocess, with a clean environment and a time limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from app_store_connect import ApiKey

TIMEOUT = 60  # seconds for one run; a run is normally well under two
ISSUER_ID = "57246542-96fe-1a63-e053-0824d011072a"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any App Store Connect settings of the machine running the tests."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("ASC_", "APP_STORE_CONNECT_"))
    }
    return {**env, **extra}


def run_asc(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m app_store_connect.cli ARGS` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "app_store_connect.cli", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=clean_env() if env is None else env,
        check=False,
    )


def stdout_json(result: subprocess.CompletedProcess[str]) -> Any:
    """The JSON document a run printed, failing with its stderr when it did not succeed."""
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def write_key(folder: Path, key: ApiKey) -> Path:
    """`key` as Apple names and writes its file: `AuthKey_<KEYID>.p8`, PKCS#8 PEM."""
    path = folder / f"AuthKey_{key.key_id}.p8"
    path.write_bytes(
        key.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return path

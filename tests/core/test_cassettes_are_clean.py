"""No cassette may hold a credential: bearer tokens, JWTs, PEM keys, presigned signatures (Q8, Q13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CASSETTE_ROOT = Path(__file__).resolve().parent.parent / "cassettes"
SECRETS = {
    "bearer token": re.compile(r"Bearer\s+[A-Za-z0-9._~+/-]{8,}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}"),
    "PEM key material": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|MIG[HT]AgEAMBMGByqGSM49"),
    "presigned signature": re.compile(r"X-Amz-Signature=(?!REDACTED\b)[^&\s'\"]+", re.IGNORECASE),
}


def leaks(text: str) -> list[str]:
    """The kinds of secret found in a cassette's text, plus any recorded Authorization header."""
    found = [kind for kind, pattern in SECRETS.items() if pattern.search(text)]
    for interaction in (yaml.safe_load(text) or {}).get("interactions", []):
        if any(name.lower() == "authorization" for name in interaction["request"].get("headers") or {}):
            found.append("Authorization header")
    return found


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        ("headers: {Authorization: [Bearer abcdefghijkl]}", "bearer token"),
        ("uri: x?token=eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln", "JWT"),
        ("string: '-----BEGIN PRIVATE KEY-----'", "PEM key material"),
        ("uri: https://s3.example.com/f?X-Amz-Signature=0a1b2c3d4e5f", "presigned signature"),
        ("interactions:\n- request: {headers: {authorization: [x]}}\n", "Authorization header"),
    ],
)
def test_the_scanner_finds_each_kind_of_secret(sample: str, kind: str) -> None:
    assert kind in leaks(sample)


def test_the_scanner_accepts_scrubbed_values() -> None:
    assert leaks("uri: https://s3.example.com/f?X-Amz-Signature=REDACTED&X-Amz-Expires=300") == []


def test_no_cassette_contains_a_secret() -> None:
    cassettes = sorted(CASSETTE_ROOT.rglob("*.yaml")) + sorted(CASSETTE_ROOT.rglob("*.yml"))
    assert cassettes, f"no cassettes under {CASSETTE_ROOT}"
    dirty = {str(path.relative_to(CASSETTE_ROOT)): leaks(path.read_text()) for path in cassettes}
    assert {name: kinds for name, kinds in dirty.items() if kinds} == {}


def test_core_cassettes_say_they_are_reconstructed() -> None:
    for path in sorted((CASSETTE_ROOT / "core").glob("*.yaml")):
        assert path.read_text().startswith("# reconstructed from public evidence: "), path.name

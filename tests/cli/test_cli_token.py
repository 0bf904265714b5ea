"""`asc token`: a token that verifies with the key's public half and carries Apple's claims."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import jwt
from cli_support import ISSUER_ID, run_asc
from click.testing import CliRunner

from app_store_connect import ApiKey
from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Sandbox


def verified(token: str, key: ApiKey) -> dict[str, Any]:
    """The claims of `token`, checked with the PUBLIC half of `key`."""
    claims: dict[str, Any] = jwt.decode(
        token, key.public_key_pem(), algorithms=["ES256"], audience="appstoreconnect-v1"
    )
    assert jwt.get_unverified_header(token)["kid"] == key.key_id
    return claims


def test_token_prints_only_a_token_that_verifies_with_the_sandbox_public_key() -> None:
    demo = Sandbox()  # not started: only its demo key is read
    key = ApiKey.from_pem(demo.private_key_pem, key_id=demo.key_id, issuer_id=demo.issuer_id)

    result = run_asc("--sandbox", "token")

    assert result.returncode == ExitCode.OK, result.stderr
    token = result.stdout.removesuffix("\n")
    assert "\n" not in token  # usable as $(asc token)
    claims = verified(token, key)
    assert claims["iss"] == demo.issuer_id
    assert claims["exp"] - claims["iat"] == 1140


def test_token_lifetime_scope_and_json(tmp_path: Path, stranger_key: ApiKey, stranger_key_file: Path) -> None:
    args = ["--key-file", str(stranger_key_file), "--issuer-id", ISSUER_ID, "token", "--lifetime", "300"]
    result = CliRunner().invoke(asc, [*args, "--scope", "GET /v1/apps", "--json"])

    assert result.exit_code == ExitCode.OK, result.stderr
    document = json.loads(result.stdout)
    claims = verified(document["token"], stranger_key)
    assert claims["exp"] - claims["iat"] == 300
    assert claims["scope"] == ["GET /v1/apps"]
    assert document["keyId"] == stranger_key.key_id
    assert datetime.fromisoformat(document["expiresAt"]).timestamp() == claims["exp"]


def test_token_refuses_a_lifetime_apple_refuses(stranger_key_file: Path) -> None:
    result = CliRunner().invoke(asc, ["--key-file", str(stranger_key_file), "token", "--lifetime", "1201"])

    assert result.exit_code == ExitCode.USAGE
    assert "1201 is not in the range" in result.stderr


def test_token_refuses_a_malformed_scope(stranger_key_file: Path) -> None:
    result = CliRunner().invoke(asc, ["--key-file", str(stranger_key_file), "token", "--scope", "/v1/apps"])

    assert result.exit_code == ExitCode.USAGE
    assert "scope entry '/v1/apps' is malformed" in result.stderr

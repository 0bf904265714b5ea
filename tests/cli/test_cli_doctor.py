"""`asc doctor` end to end against the sandbox: a good key, a key nobody knows, a skewed clock."""

from __future__ import annotations

import json
import re
from pathlib import Path

from cli_support import ISSUER_ID, run_asc
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app_store_connect.cli import ExitCode, asc

JWT_PREFIX = "eyJ"  # every token starts so: no run but `asc token` may print one


def test_doctor_passes_with_the_sandbox_demo_key() -> None:
    result = run_asc("--sandbox", "doctor")

    assert result.returncode == ExitCode.OK, result.stderr
    statuses = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines()}
    assert statuses == {"key": "ok", "token": "ok", "api": "ok", "clock": "ok"}
    assert result.stderr == ""


def test_q8_doctor_explains_a_refused_key_in_plain_words(stranger_key_file: Path) -> None:
    result = run_asc("--sandbox", "--key-file", str(stranger_key_file), "--issuer-id", ISSUER_ID, "doctor")

    assert result.returncode == ExitCode.AUTH
    assert "fail  api    App Store Connect answered 401 NOT_AUTHORIZED" in result.stdout
    checked = result.stdout.split("Checked here:\n", 1)[1]
    assert [line.split(":")[0].strip() for line in checked.splitlines()] == [
        "Clock",
        "Lifetime",
        "Key",
        "Ids",
        "Scope",
    ]
    assert "STRANGER01 is used as a team key of issuer" in checked
    (line,) = result.stderr.splitlines()  # one line for scripts
    assert line.startswith("asc: error: 401 NOT_AUTHORIZED on GET http://127.0.0.1:")
    private_body = stranger_key_file.read_text().splitlines()[1]
    for output in (result.stdout, result.stderr):
        assert private_body not in output
        assert JWT_PREFIX not in output


def test_q8_doctor_warns_about_a_skewed_clock_and_still_passes() -> None:
    # The sandbox's clock ten minutes behind: our first token's `iat` is in its future (401), the
    # client corrects for the Date header and retries once; doctor says so.
    result = run_asc("--sandbox", "--sandbox-clock-skew", "-600", "doctor", "--json")

    report = json.loads(result.stdout)
    assert result.returncode == ExitCode.OK, result.stderr
    assert report["ok"] is True
    clock = next(check for check in report["checks"] if check["name"] == "clock")
    assert clock["status"] == "warn"
    assert re.search(r"the local clock is 60\d s ahead of App Store Connect's", clock["detail"])
    assert any("tokens were corrected" in line for line in report["localChecks"])


def test_doctor_names_a_key_of_the_wrong_type(tmp_path: Path) -> None:
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "AuthKey_ABCDE12345.p8"
    path.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )

    result = CliRunner().invoke(asc, ["--sandbox", "--key-file", str(path), "doctor"])

    assert result.exit_code == ExitCode.USAGE
    assert result.stdout.startswith("fail  key")
    assert "is a RSA key, but App Store Connect API keys are EC P-256 keys" in result.stdout


def test_doctor_without_credentials_says_which_variables_to_set() -> None:
    result = CliRunner().invoke(asc, ["doctor", "--json"], env={"ASC_KEY_ID": None, "ASC_PRIVATE_KEY": None})

    assert result.exit_code == ExitCode.USAGE
    assert json.loads(result.stdout)["checks"][0]["status"] == "fail"
    error = json.loads(result.stderr)["error"]
    assert error["exitCode"] == ExitCode.USAGE
    assert "set ASC_KEY_ID" in error["message"]

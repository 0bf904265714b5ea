"""`asc server ...` and `asc doctor --server` against the local stand-in (`asc --sandbox`)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from app_store_connect.cli._main import asc
from app_store_connect.server.sandbox import ORIGINAL_SANDBOX


def _asc(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(asc, list(args), env=env, catch_exceptions=False)


def test_q17_asc_doctor_server_says_where_the_transaction_lives() -> None:
    result = _asc("--sandbox", "doctor", "--server", "--transaction-id", ORIGINAL_SANDBOX)
    assert result.exit_code == 4  # not found where asked (production)
    assert "fail  environment  transaction 2000000000000001 lives in Sandbox, not Production" in result.output
    assert "-> Ask the Sandbox environment (--environment sandbox)" in result.output


def test_q17_asc_server_doctor_passes_in_the_right_environment() -> None:
    result = _asc(
        "--sandbox",
        "--json",
        "server",
        "--environment",
        "sandbox",
        "doctor",
        "--transaction-id",
        ORIGINAL_SANDBOX,
    )
    report = json.loads(result.output)
    assert result.exit_code == 0 and report["ok"] and report["environment"] == "Sandbox"
    assert {check["name"] for check in report["checks"]} >= {
        "key",
        "bid",
        "audience",
        "lifetime",
        "clock",
        "api",
    }


def test_q17_an_app_store_connect_key_file_is_a_usage_error(tmp_path: Path) -> None:
    key_file = tmp_path / "AuthKey_ASCKEY0001.p8"
    key_file.write_text("unused: refused by its name")
    result = _asc(
        "--sandbox",
        "server",
        "--key-file",
        str(key_file),
        "--issuer-id",
        "69a6de7e-1b2c-47e3-e053-5b8c7c11a4d1",
        "--bundle-id",
        "com.example.standin",
        "doctor",
    )
    assert result.exit_code == 2 and "App Store Connect API key" in result.output


def test_consumption_is_checked_then_sent() -> None:
    refused = _asc(
        "--sandbox",
        "--json",
        "server",
        "--environment",
        "sandbox",
        "consumption",
        ORIGINAL_SANDBOX,
        "--delivery-status",
        "undelivered_other",
        "--no-sample-content",
        "--consumption-percentage",
        "5000",
    )
    assert refused.exit_code == 2
    error = json.loads(refused.output.splitlines()[-1])["error"]
    assert "customer_consented must be True" in error["message"] and "must be 0" in error["message"]
    sent = _asc(
        "--sandbox",
        "--json",
        "server",
        "--environment",
        "sandbox",
        "consumption",
        ORIGINAL_SANDBOX,
        "--customer-consented",
        "--delivery-status",
        "delivered",
        "--sample-content",
        "--refund-preference",
        "decline",
    )
    assert sent.exit_code == 0 and json.loads(sent.output) == {
        "sent": True,
        "transactionId": ORIGINAL_SANDBOX,
        "environment": "sandbox",
    }


def test_history_prints_every_verified_transaction() -> None:
    result = _asc("--sandbox", "--json", "server", "--environment", "sandbox", "history", ORIGINAL_SANDBOX)
    rows = json.loads(result.stdout)
    assert result.exit_code == 0 and len(rows) == 45
    assert rows[0]["transactionId"] == ORIGINAL_SANDBOX and rows[0]["type"] == "Consumable"
    assert "45 transaction(s) in 3 page(s); revision " in result.stderr


def test_history_without_root_certificates_refuses_to_show_unverified_data() -> None:
    env = {"APP_STORE_SERVER_KEY_ID": "", "APP_STORE_SERVER_PRIVATE_KEY": ""}
    result = _asc("server", "history", ORIGINAL_SANDBOX, env=env)
    assert result.exit_code == 2 and "--root-cert" in result.output


def test_refunds_and_one_transaction_are_printed_verified() -> None:
    refunds = _asc(
        "--sandbox", "--json", "server", "--environment", "sandbox", "history", ORIGINAL_SANDBOX, "--refunds"
    )
    assert refunds.exit_code == 0 and len(json.loads(refunds.stdout)) == 22
    one = _asc("--sandbox", "--json", "server", "--environment", "sandbox", "transaction", ORIGINAL_SANDBOX)
    assert one.exit_code == 0 and json.loads(one.stdout)[0]["transactionId"] == ORIGINAL_SANDBOX
    missing = _asc("--sandbox", "server", "transaction", ORIGINAL_SANDBOX)  # asked in production
    assert missing.exit_code == 4 and "4040010" in missing.stderr

"""What every command shares: help, global options anywhere, JSON errors, outputs, pipes, keys, logs."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from importlib.metadata import entry_points, version
from pathlib import Path

import click
import jwt
import pytest
from cli_support import ISSUER_ID, TIMEOUT, clean_env, run_asc, write_key
from click.testing import CliRunner

from app_store_connect import ApiKey
from app_store_connect.cli import ExitCode, asc, main
from app_store_connect.cli._output import progress_hidden
from app_store_connect.cli._upload import _progress
from app_store_connect.sandbox import Sandbox
from app_store_connect.uploads import Phase, UploadProgress

SEEDED = Sandbox()
APP = SEEDED.app_ids[0]
BUNDLE_ID = "com.example.trailhead"


def test_bare_asc_prints_its_help_and_succeeds() -> None:
    result = run_asc()

    assert result.returncode == ExitCode.OK
    assert result.stdout.startswith("Usage: asc")
    assert result.stderr == ""


def test_help_shows_the_environment_variables() -> None:
    out = run_asc("--help").stdout

    for name in ("ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY_PATH", "ASC_BASE_URL", "ASC_OUTPUT"):
        assert name in out
    assert "APP_STORE_CONNECT_API_KEY_PATH" in out


def every_command(group: click.Group, ctx: click.Context) -> list[click.Command]:
    found: list[click.Command] = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        found.append(command)
        if isinstance(command, click.Group):
            found += every_command(command, ctx)
    return found


def test_no_help_text_cites_a_quirk_id_users_cannot_look_up() -> None:
    ctx = click.Context(asc)
    for command in [asc, *every_command(asc, ctx)]:
        texts = [command.help or "", command.short_help or ""]
        texts += [getattr(param, "help", None) or "" for param in command.params]
        for text in texts:
            assert not re.search(r"\b[QS]\d+\b", text), f"{command.name}: {text}"


def test_json_usage_errors_are_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--json", "token", "--bogus"])

    error = json.loads(capsys.readouterr().err)["error"]
    assert exited.value.code == ExitCode.USAGE
    assert error == {"message": "No such option '--bogus'.", "exitCode": 2, "help": "asc token --help"}


def test_every_error_under_json_is_one_json_object() -> None:
    unknown_app = run_asc("--sandbox", "builds", "--app", "com.example.nothing", "--json")
    no_key = run_asc("apps", "--json")

    for result, code in ((unknown_app, ExitCode.NOT_FOUND), (no_key, ExitCode.USAGE)):
        assert result.returncode == code
        assert json.loads(result.stderr)["error"]["exitCode"] == code


def test_global_options_work_after_the_command() -> None:
    result = run_asc("apps", "--sandbox", "--output", "csv", "-v")

    assert result.returncode == ExitCode.OK, result.stderr
    assert result.stdout.splitlines()[0] == "id,name,bundleId,sku,primaryLocale"
    assert re.search(r"asc: GET http://127\.0\.0\.1:\d+/v1/apps -> 200", result.stderr)


def test_output_is_a_table_on_a_terminal_and_json_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = CliRunner().invoke(asc, ["--sandbox", "apps"])
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    from app_store_connect.cli._session import Options, Session

    assert Session(Options(), lambda _: None).output_format == "table"
    assert [app["id"] for app in json.loads(piped.stdout)] == list(SEEDED.app_ids)


def test_a_closed_pipe_ends_quietly_with_success() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "app_store_connect.cli", "ops", "search", "--output", "table"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # like `| head -1`
    process.stdout.close()
    code = process.wait(timeout=TIMEOUT)

    assert first.split() == [b"method", b"path", b"operation"]
    assert (code, process.stderr.read()) == (ExitCode.OK, b"")


def test_builds_have_an_app_column_and_an_app_given_by_bundle_id() -> None:
    by_bundle = run_asc("--sandbox", "builds", "--app", BUNDLE_ID, "--output", "table")
    by_id = run_asc("--sandbox", "builds", "--app", APP, "--output", "table")

    assert by_bundle.returncode == ExitCode.OK, by_bundle.stderr
    header, *lines = by_bundle.stdout.splitlines()
    assert header.split()[:3] == ["id", "app", "appVersion"]
    assert lines and all(line.split()[1] == BUNDLE_ID for line in lines)
    assert by_bundle.stdout == by_id.stdout


def test_an_unknown_bundle_id_is_an_error_not_an_empty_table() -> None:
    result = run_asc("--sandbox", "builds", "--app", "com.example.nothing")

    assert (result.returncode, result.stdout) == (ExitCode.NOT_FOUND, "")
    assert "no app with bundle id com.example.nothing is visible to this key" in result.stderr


def test_verbose_twice_logs_headers_with_the_token_redacted() -> None:
    result = CliRunner().invoke(asc, ["--sandbox", "-vv", "apps"])

    assert result.exit_code == ExitCode.OK, result.stderr
    assert "authorization: [redacted]" in result.stderr
    assert "Bearer" not in result.stderr and "eyJ" not in result.stderr
    assert re.search(r"< 200 .*content-type: application/json", result.stderr)


def token_claims(*args: str, env: dict[str, str]) -> dict[str, object]:
    result = run_asc(*args, "token", env=clean_env(**env))
    assert result.returncode == ExitCode.OK, result.stderr
    return dict(jwt.decode(result.stdout.strip(), options={"verify_signature": False}))


def test_key_file_takes_the_issuer_id_from_the_environment(tmp_path: Path, stranger_key: ApiKey) -> None:
    path = write_key(tmp_path, stranger_key)

    claims = token_claims("--key-file", str(path), env={"ASC_ISSUER_ID": ISSUER_ID})

    assert claims["iss"] == ISSUER_ID  # a team key, not an individual one (which would get a 401)
    assert "sub" not in claims


def test_a_renamed_key_file_uses_asc_key_id_when_it_is_set(tmp_path: Path, stranger_key: ApiKey) -> None:
    path = write_key(tmp_path, stranger_key).rename(tmp_path / "ci-key.p8")

    with_id = run_asc("--key-file", str(path), "token", env=clean_env(ASC_KEY_ID=stranger_key.key_id))
    without = run_asc("--key-file", str(path), "token")

    assert with_id.returncode == ExitCode.OK, with_id.stderr
    assert without.returncode == ExitCode.USAGE
    assert "Give the key id (ASC_KEY_ID, or --key-id with asc)" in without.stderr


def test_fastlanes_json_key_file_is_read(tmp_path: Path, stranger_key: ApiKey) -> None:
    pem = write_key(tmp_path, stranger_key).read_text()
    path = tmp_path / "fastlane.json"
    path.write_text(json.dumps({"key_id": stranger_key.key_id, "issuer_id": ISSUER_ID, "key": pem}))

    from_env = token_claims(env={"APP_STORE_CONNECT_API_KEY_PATH": str(path)})
    from_option = token_claims("--key-file", str(path), env={})

    assert from_env["iss"] == from_option["iss"] == ISSUER_ID


def test_progress_bar_stays_off_a_terminal_that_shows_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert progress_hidden(machine=False, to_stdout=True)  # rows and bar would share lines
    assert not progress_hidden(machine=False, to_stdout=False)  # -o FILE: the bar alone on stderr
    assert progress_hidden(machine=True, to_stdout=False)


def test_shell_completion_script_is_printed() -> None:
    result = run_asc(env=clean_env(_ASC_COMPLETE="bash_source"))

    assert result.returncode == ExitCode.OK
    assert "_ASC_COMPLETE=bash_complete" in result.stdout


def test_a_second_entry_point_for_people_who_also_have_the_go_asc() -> None:
    scripts = {script.name: script.value for script in entry_points(group="console_scripts")}

    assert scripts["app-store-connect"] == scripts["asc"] == "app_store_connect.cli:main"


def test_version_is_the_installed_distributions() -> None:
    assert run_asc("--version").stdout == f"asc, version {version('app-store-connect')}\n"


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, so click draws its bar."""

    def isatty(self) -> bool:
        return True


def test_upload_processing_states_start_on_a_line_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with _progress("App.ipa", hidden=False) as report:
        report(UploadProgress(Phase.UPLOADING, 1024, 1024))
        report(UploadProgress(Phase.PROCESSING, 1024, 1024, state="PROCESSING"))

    assert "100%" in terminal.getvalue()
    assert "\nasc: Apple's processing state: PROCESSING\n" in terminal.getvalue()


def test_global_options_after_the_command_unless_the_command_has_its_own() -> None:
    ctx = click.Context(asc)
    args = ["reports", "sales", "--version", "1_0", "--json", "--base-url", "http://x", "--", "-v"]

    hoisted = asc._hoisted(ctx, args)  # type: ignore[attr-defined]

    assert hoisted == ["--json", "--base-url", "http://x", "reports", "sales", "--version", "1_0", "--", "-v"]

"""Argument handling, exit codes and one-line messages, without a server (click's CliRunner and `main`)."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from app_store_connect import (
    ConfigurationError,
    ForbiddenError,
    NotAuthorizedError,
    NotFoundError,
    ServerError,
)
from app_store_connect.cli import ExitCode, asc, main
from app_store_connect.cli._exit import in_user_words
from app_store_connect.cli._failures import describe, exit_code_for
from app_store_connect.cli._output import progress_bar
from app_store_connect.cli._rows import write_rows
from app_store_connect.reports import AnalyticsRequestError


def run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`main(args)`: its exit code, stdout and stderr."""
    with pytest.raises(SystemExit) as exited:
        main(args)
    captured = capsys.readouterr()
    assert isinstance(exited.value.code, int)
    return exited.value.code, captured.out, captured.err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["--help"], capsys)

    assert code == ExitCode.OK
    commands = out.split("Commands:\n", 1)[1].split()
    assert {"api", "apps", "builds", "doctor", "get", "ops", "reports", "token", "upload"} <= set(commands)
    assert "Exit codes: 0 ok, 1 API or network error, 2 usage or configuration error" in " ".join(out.split())


def test_a_usage_error_is_one_line_with_a_pointer_to_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["token", "--bogus"], capsys)

    assert (code, out) == (ExitCode.USAGE, "")
    assert err == "asc: error: No such option '--bogus'. (see 'asc token --help')\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sandbox-quirks", "q1", "doctor"], "--sandbox-quirks and --sandbox-clock-skew go with --sandbox"),
        (["--key-id", "ABCDE12345", "token"], "--key-id and --issuer-id go with --key-file"),
        (["--sandbox", "--sandbox-quirks", "q99", "doctor"], "unknown quirk(s) ['q99']; known: q1,"),
    ],
)
def test_global_options_that_do_not_fit_together(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(args, capsys)

    assert code == ExitCode.USAGE
    assert message in err
    assert err.count("\n") == 1
    assert err.endswith("(see 'asc --help')\n")


def test_a_missing_key_file_is_a_configuration_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(asc, ["--key-file", str(tmp_path / "AuthKey_ABCDE12345.p8"), "token"])

    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("asc: error: API key file not found:")


def api_error(
    cls: type[NotFoundError | NotAuthorizedError | ForbiddenError | ServerError], status: int
) -> Exception:
    return cls(status_code=status, method="GET", url="https://api.appstoreconnect.apple.com/v1/apps")


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (api_error(NotAuthorizedError, 401), ExitCode.AUTH),
        (api_error(ForbiddenError, 403), ExitCode.AUTH),
        (api_error(NotFoundError, 404), ExitCode.NOT_FOUND),
        (api_error(ServerError, 502), ExitCode.API_ERROR),
        (ConfigurationError("bad"), ExitCode.USAGE),
        (httpx.ConnectError("refused"), ExitCode.API_ERROR),
    ],
)
def test_exit_code_of_each_kind_of_error(error: Exception, code: ExitCode) -> None:
    assert exit_code_for(error) == code


def test_a_report_helper_error_takes_the_exit_code_of_its_cause() -> None:
    try:
        raise AnalyticsRequestError("cannot create the request") from api_error(ForbiddenError, 403)
    except AnalyticsRequestError as error:
        assert exit_code_for(error) == ExitCode.AUTH


def test_a_network_error_names_the_url_without_its_query() -> None:
    request = httpx.Request("GET", "https://api.appstoreconnect.apple.com/v1/apps?cursor=secret")
    error = httpx.ConnectError("[Errno 111] Connection refused", request=request)

    assert describe(error) == (
        "cannot reach https://api.appstoreconnect.apple.com/v1/apps: [Errno 111] Connection refused"
    )


@pytest.mark.parametrize(
    ("output_format", "expected"),
    [
        ("tsv", 'a\tb\n1\tx "y"\n2\t\n'),
        ("csv", 'a,b\n1,"x ""y"""\n2,\n'),
        ("json", '[\n{"a": "1", "b": "x \\"y\\""},\n{"a": "2", "b": ""}\n]\n'),
    ],
)
def test_rows_in_each_format(output_format: str, expected: str) -> None:
    out = io.StringIO()

    count = write_rows(iter([{"a": "1", "b": 'x "y"'}, {"a": "2", "b": ""}]), out, output_format)

    assert (count, out.getvalue()) == (2, expected)


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, so click draws its bar."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_bytes_on_a_terminal_and_nothing_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress_bar("sales report") as progress:
        progress(512, 1024)
        progress(1024, 1024)
    assert "sales report" in terminal.getvalue()
    assert "100%" in terminal.getvalue()

    plain = io.StringIO()
    monkeypatch.setattr("sys.stderr", plain)
    with progress_bar("sales report") as progress:
        progress(512, None)
    assert plain.getvalue() == ""


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "page 3 was empty but linked a next page (Q1): 40 items",
            "page 3 was empty but linked a next page: 40 items",
        ),
        ("stopped safely (Q1-Q5, S12).", "stopped safely."),
        ("a 1-line\n message (see docs)", "a 1-line message (see docs)"),
    ],
)
def test_messages_leave_out_the_quirk_ids_people_cannot_look_up(text: str, shown: str) -> None:
    assert in_user_words(text) == shown

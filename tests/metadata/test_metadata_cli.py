"""`asc metadata pull|diff|push` and `asc screenshots push` against one sandbox outliving single runs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result
from metadata_support import APP, screenshots_folder

from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Host, Sandbox


def invoke(sandbox: Sandbox, tmp_path: Path, *args: str) -> Result:
    """`asc ARGS` against `sandbox`, with its demo key from a .p8 file."""
    key_file = tmp_path / f"AuthKey_{sandbox.key_id}.p8"
    key_file.write_text(sandbox.private_key_pem)
    options = ["--base-url", sandbox.base_url, "--key-file", str(key_file), "--issuer-id", sandbox.issuer_id]
    return CliRunner().invoke(asc, [*options, *args])


def test_pull_edit_diff_push(sandbox: Sandbox, tmp_path: Path) -> None:
    folder = tmp_path / "metadata"
    pulled = invoke(sandbox, tmp_path, "metadata", "pull", str(folder), "--app", APP)
    assert pulled.exit_code == ExitCode.OK, pulled.stderr
    assert "of version 2.1 to" in pulled.stdout
    (folder / "de-DE" / "promotional_text.txt").write_text("Neu: Karten offline.\n")

    diff = invoke(sandbox, tmp_path, "metadata", "diff", str(folder), "--app", APP, "--json")

    assert diff.exit_code == ExitCode.OK, diff.stderr
    assert json.loads(diff.stdout)["actions"] == [
        {
            "action": "update the de-DE version localization",
            "changes": [{"field": "de-DE/promotional_text", "old": None, "new": "Neu: Karten offline."}],
        }
    ]

    pushed = invoke(sandbox, tmp_path, "metadata", "push", str(folder), "--app", APP)

    assert pushed.exit_code == ExitCode.OK, pushed.stderr
    assert "asc: update the de-DE version localization" in pushed.stderr  # progress on stderr
    assert "de-DE/promotional_text: (none) -> 'Neu: Karten offline.'" in pushed.stdout
    again = invoke(sandbox, tmp_path, "metadata", "push", str(folder), "--app", APP)
    assert "version 2.1: nothing to change" in again.stdout


def test_over_limit_values_exit_2_before_any_request(sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "metadata" / "en-US").mkdir(parents=True)
    (tmp_path / "metadata" / "en-US" / "subtitle.txt").write_text("s" * 31)

    result = invoke(sandbox, tmp_path, "metadata", "push", str(tmp_path / "metadata"), "--app", APP)

    assert result.exit_code == ExitCode.USAGE
    assert "en-US/subtitle is 31 characters, over Apple's limit of 30 characters" in result.stderr
    assert [r for r in sandbox.requests if r.host is Host.API] == []


def test_an_app_without_an_editable_version_exits_4(sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "metadata").mkdir()

    result = invoke(sandbox, tmp_path, "metadata", "diff", str(tmp_path / "metadata"), "--app", "com.nope")

    assert result.exit_code == ExitCode.NOT_FOUND
    assert "no app with bundle id 'com.nope'" in result.stderr


def test_screenshots_push_dry_run_then_push(sandbox: Sandbox, tmp_path: Path) -> None:
    folder = screenshots_folder(tmp_path / "screenshots", ("en-US",), 2)
    args = ["screenshots", "push", str(folder), "--app", APP, "--poll-interval", "0.01"]

    planned = invoke(sandbox, tmp_path, *args, "--dry-run", "--json")
    assert planned.exit_code == ExitCode.OK, planned.stderr
    plan = json.loads(planned.stdout)
    assert (plan["applied"], plan["changes"]) == (False, 3)  # two uploads and the order
    assert plan["sets"][0]["uploaded"] == ["00-shot.png", "01-shot.png"]

    pushed = invoke(sandbox, tmp_path, *args)
    assert pushed.exit_code == ExitCode.OK, pushed.stderr
    assert "version 2.1: 3 change(s) made, 0 file(s) unchanged" in pushed.stdout
    again = invoke(sandbox, tmp_path, *args)
    assert "version 2.1: 0 change(s) made, 2 file(s) unchanged" in again.stdout


def test_screenshots_pull_json(sandbox: Sandbox, tmp_path: Path) -> None:
    folder = screenshots_folder(tmp_path / "screenshots", ("de-DE",), 1)
    invoke(sandbox, tmp_path, "screenshots", "push", str(folder), "--app", APP, "--poll-interval", "0.01")

    pulled = invoke(
        sandbox, tmp_path, "screenshots", "pull", str(tmp_path / "pulled"), "--app", APP, "--json"
    )

    assert pulled.exit_code == ExitCode.OK, pulled.stderr
    files = json.loads(pulled.stdout)["files"]
    assert [Path(file).relative_to(tmp_path / "pulled").as_posix() for file in files] == [
        "de-DE/APP_IPHONE_67/01-shot.png"
    ]

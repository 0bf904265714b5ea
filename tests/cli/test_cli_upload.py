"""`asc upload build`: a build through the sandbox's build uploads and presigned host."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Fault, Host, Sandbox
from app_store_connect.uploads import UploadState

APP = Sandbox().app_ids[0]  # not started: the same seed gives the same account
PARTS = [(0, 1000), (1000, 1000), (2000, 560)]  # of a 2560-byte file, in the `sandbox` fixture
BUILD = ["--app", APP, "--version", "2.3", "--build-number", "301", "--poll-interval", "0.01"]


def invoke(*args: str) -> Result:
    """`asc --sandbox ARGS` in this process."""
    return CliRunner().invoke(asc, ["--sandbox", *args])


def test_upload_build_ends_with_the_processing_state(tmp_path: Path) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(bytes(range(256)) * 4000)
    args = ["--app", APP, "--version", "2.2", "--build-number", "300", "--poll-interval", "0.01"]

    result = invoke("upload", "build", str(ipa), *args, "--json")

    assert result.exit_code == ExitCode.OK, result.stderr
    uploaded = json.loads(result.stdout)
    assert (uploaded["state"], uploaded["size"]) == ("COMPLETE", ipa.stat().st_size)
    assert uploaded["build"]["processingState"] == "VALID"
    assert uploaded["build"]["version"] == "300"


def test_upload_build_refuses_a_version_apple_would_refuse(tmp_path: Path) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(b"not empty")

    result = invoke("upload", "build", str(ipa), "--app", APP, "--version", "one", "--build-number", "1")

    assert result.exit_code == ExitCode.USAGE
    assert "version 'one' is not a valid CFBundleShortVersionString" in result.stderr


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox outliving single `asc` runs (each --sandbox run has its own), with 1000-byte parts
    and part 2 failing until the test clears the faults."""
    with Sandbox(upload_part_size=1000) as running:
        running.inject(Fault.UNEXPECTED_ERROR, times=100, host=Host.PRESIGNED, path="part-2$")
        yield running


def invoke_against(sandbox: Sandbox, tmp_path: Path, *args: str) -> Result:
    """`asc ARGS` against `sandbox`, with its demo key from a .p8 file."""
    key_file = tmp_path / f"AuthKey_{sandbox.key_id}.p8"
    key_file.write_text(sandbox.private_key_pem)
    options = ["--base-url", sandbox.base_url, "--key-file", str(key_file), "--issuer-id", sandbox.issuer_id]
    return CliRunner().invoke(asc, [*options, *args])


def ipa_file(tmp_path: Path) -> Path:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(bytes(range(256)) * 10)
    return ipa


def test_a_failed_build_upload_saves_its_state_and_resumes(sandbox: Sandbox, tmp_path: Path) -> None:
    ipa, state_file = ipa_file(tmp_path), tmp_path / "upload.json"

    failed = invoke_against(
        sandbox, tmp_path, "upload", "build", str(ipa), *BUILD, "--state-file", str(state_file)
    )

    assert failed.exit_code == ExitCode.API_ERROR
    (line,) = failed.stderr.splitlines()
    assert "part 2 of 3 (bytes 1000-1999)" in line and "resume_upload" not in line
    assert line.endswith(f"resume it with `asc upload resume {state_file}`.")
    state = UploadState.from_json(state_file.read_text())
    assert PARTS[1] not in state.done and state.done
    sandbox.clear_faults()
    sandbox.clear_requests()

    resumed = invoke_against(
        sandbox, tmp_path, "--json", "upload", "resume", str(state_file), "--poll-interval", "0.01"
    )

    assert resumed.exit_code == ExitCode.OK, resumed.stderr
    uploaded = json.loads(resumed.stdout)
    assert (uploaded["state"], uploaded["size"]) == ("COMPLETE", ipa.stat().st_size)
    assert uploaded["build"]["version"] == "301"
    sent = {int(r.request.path.rpartition("-")[2]) for r in sandbox.requests if r.host is Host.PRESIGNED}
    assert sent == {number for number, part in enumerate(PARTS, start=1) if part not in state.done}


def test_without_a_state_file_the_error_says_how_to_keep_one(sandbox: Sandbox, tmp_path: Path) -> None:
    failed = invoke_against(sandbox, tmp_path, "upload", "build", str(ipa_file(tmp_path)), *BUILD)

    assert failed.exit_code == ExitCode.API_ERROR
    (line,) = failed.stderr.splitlines()
    assert line.endswith(
        "Give --state-file PATH to be able to resume a failed upload with `asc upload resume`."
    )
    assert "resume_upload" not in line


def test_resume_refuses_a_file_that_is_not_an_upload_state(tmp_path: Path) -> None:
    state_file = tmp_path / "upload.json"
    state_file.write_text("{}")

    result = invoke("upload", "resume", str(state_file))

    assert result.exit_code == ExitCode.USAGE
    assert "not an upload state" in result.stderr

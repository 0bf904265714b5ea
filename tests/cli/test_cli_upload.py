"""`asc upload build`: a build through the sandbox's build uploads and presigned host."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Sandbox

APP = Sandbox().app_ids[0]  # not started: the same seed gives the same account


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
    assert uploaded["build"]["processing_state"] == "VALID"
    assert uploaded["build"]["version"] == "300"


def test_upload_build_refuses_a_version_apple_would_refuse(tmp_path: Path) -> None:
    ipa = tmp_path / "App.ipa"
    ipa.write_bytes(b"not empty")

    result = invoke("upload", "build", str(ipa), "--app", APP, "--version", "one", "--build-number", "1")

    assert result.exit_code == ExitCode.USAGE
    assert "version 'one' is not a valid CFBundleShortVersionString" in result.stderr

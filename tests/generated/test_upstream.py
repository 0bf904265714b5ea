"""`regenerate.py --check-upstream` end to end against Apple-like zips served on 127.0.0.1 (issue 19, S11).

Each zip is built here from the shared copy of Apple's file; the script downloads it over real HTTP,
compares it with spec/lock.json and prints the changelog. Exit codes: 0 unchanged, 1 changed, 2 error.
"""

from __future__ import annotations

import io
import json
import os
import shlex
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = PROJECT_ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
SCRIPT = PROJECT_ROOT / "scripts" / "regenerate.py"
WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "spec-update.yml"
sys.path.insert(0, str(PROJECT_ROOT / "spec"))
sys.path.insert(0, str(PROJECT_ROOT / "scripts"))

import upstream  # noqa: E402

SLOW = "/slow.zip"


class SpecServer:
    """Serves bytes by path on 127.0.0.1; `SLOW` answers only when released (a server that hangs)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == SLOW:
                    server.release.wait(timeout=30)
                body = server.files.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/zip")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.http.server_address[1]}"

    def serve(self, path: str, body: bytes) -> str:
        self.files[path] = body
        return self.base_url + path


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    spec_server = SpecServer()
    thread = threading.Thread(target=spec_server.http.serve_forever, daemon=True)
    thread.start()
    try:
        yield spec_server
    finally:
        spec_server.release.set()
        spec_server.http.shutdown()
        spec_server.http.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def shared_bytes() -> bytes:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Apple's spec not found at {SHARED_SPEC} (../shared is not beside the checkout)")
    return SHARED_SPEC.read_bytes()


def zipped(document: bytes) -> bytes:
    """A zip shaped like Apple's download: one JSON file in a folder."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("app-store-connect-openapi-specification/openapi.oas.json", document)
    return buffer.getvalue()


def edited(original: bytes, edit: Any) -> bytes:
    document = json.loads(original)
    edit(document)
    return json.dumps(document, separators=(",", ":")).encode()


def run_check(url: str, changelog: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The workflow's check command (see test_workflow_*), with the URL from the environment."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check-upstream", "--changelog", str(changelog), *extra],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, upstream.URL_VARIABLE: url},
    )


def test_s11_unchanged_file_exits_0(server: SpecServer, shared_bytes: bytes, tmp_path: Path) -> None:
    result = run_check(server.serve("/unchanged.zip", zipped(shared_bytes)), tmp_path / "changelog.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Unchanged: Apple's file is byte-identical to the locked input." in result.stdout
    assert "## API changes" not in result.stdout
    assert (tmp_path / "changelog.md").read_text() == result.stdout


def test_s11_same_version_different_content_exits_1(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path
) -> None:
    def reword(document: dict[str, Any]) -> None:
        document["paths"]["/v1/apps"]["get"]["description"] = "List apps (reworded by Apple)"

    url = server.serve("/same-version.zip", zipped(edited(shared_bytes, reword)))
    result = run_check(url, tmp_path / "changelog.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Changed: same info.version 4.4.1, different content (S11)." in result.stdout
    assert "API surface: unchanged against spec/surface.txt" in result.stdout
    assert "The lock records a file that was not downloaded from Apple" in result.stdout


def test_s11_new_version_lists_added_and_removed_operations(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path
) -> None:
    def release_4_5(document: dict[str, Any]) -> None:
        document["info"]["version"] = "4.5"
        document["paths"]["/v1/appAssetLibraries"] = {
            "get": {"operationId": "appAssetLibraries_getCollection", "responses": {}}
        }
        del document["paths"]["/v1/appScreenshotSets/{id}"]["delete"]

    url = server.serve("/4.5.zip", zipped(edited(shared_bytes, release_4_5)))
    changelog = tmp_path / "changelog.md"
    result = run_check(url, changelog)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Changed: new info.version 4.4.1 -> 4.5." in result.stdout
    assert "Operations: +1 -1" in result.stdout
    assert "+ GET /v1/appAssetLibraries appAssetLibraries_getCollection" in result.stdout
    assert "- DELETE /v1/appScreenshotSets/{id} appScreenshotSets_deleteInstance" in result.stdout
    assert changelog.read_text() == result.stdout  # the pull request body


def test_s9_a_patch_apple_made_unnecessary_is_flagged(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path
) -> None:
    def fix_kids_age_band(document: dict[str, Any]) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                for parameter in operation.get("parameters", ()) if isinstance(operation, dict) else ():
                    enum = parameter.get("schema", {}).get("items", {}).get("enum", [])
                    if parameter.get("name") == "fields[appInfos]" and "kidsAgeBand" in enum:
                        enum.remove("kidsAgeBand")

    url = server.serve("/fixed.zip", zipped(edited(shared_bytes, fix_kids_age_band)))
    result = run_check(url, tmp_path / "changelog.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "- S9 fields-app-infos-without-kids-age-band: 0 (locked: 7)  NO LONGER MATCHES: Apple fixed it?"
        in result.stdout
    )
    assert "- S5 type-enums-as-const: 1644 (locked: 1644)\n" in result.stdout


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("/corrupt.zip", b"PK\x03\x04" + b"\x00garbage" * 100, "not a valid zip archive"),
        ("/truncated.zip", None, "not a valid zip archive"),
        ("/missing.zip", None, "404 Not Found"),
        ("/not-openapi.zip", zipped(b'{"swagger": "2.0"}'), "not an OpenAPI document"),
    ],
)
def test_a_bad_download_exits_2_with_a_reason(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path, name: str, body: bytes | None, message: str
) -> None:
    if name == "/truncated.zip":
        whole = zipped(shared_bytes)
        body = whole[: len(whole) // 2]
    url = server.serve(name, body) if body is not None else server.base_url + name
    result = run_check(url, tmp_path / "changelog.md")
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "changelog.md").exists()


def test_a_server_that_does_not_answer_times_out_with_exit_2(server: SpecServer, tmp_path: Path) -> None:
    result = run_check(server.base_url + SLOW, tmp_path / "changelog.md", "--timeout", "0.5")
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"could not download {server.base_url}{SLOW}: no answer within 0.5 s" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_pull_request_body_is_cut_at_a_line_and_says_so() -> None:
    lines = "".join(f"  + property Schema{index}.name string\n" for index in range(5000))
    report = f"## API changes\n\n```\n{lines}```\n"
    body = upstream.for_pull_request(report)
    assert len(body) < 65_536
    kept, notice = body.split("\n```\n\n... ")
    assert report.startswith(kept + "\n")  # whole lines only, then the open fence is closed
    left_out = report.count("\n") - kept.count("\n") - 1
    assert notice == (
        f"{left_out} more lines not shown here: the full list is the diff of"
        " spec/surface.txt in this pull request.\n"
    )
    assert upstream.for_pull_request("short\n") == "short\n"


def workflow() -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text())
    return document


def regenerate_commands() -> list[list[str]]:
    """Every `python scripts/regenerate.py ...` line of the workflow's run steps, split like a shell."""
    steps = workflow()["jobs"]["spec-update"]["steps"]
    return [
        shlex.split(line)
        for step in steps
        for line in step.get("run", "").splitlines()
        if "scripts/regenerate.py" in line
    ]


def test_workflow_runs_weekly_and_by_hand() -> None:
    triggers = workflow()[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"][0]["cron"].split()[4] == "1"  # once a week, on Mondays
    assert "workflow_dispatch" in triggers


def test_workflow_check_is_the_tested_command_and_feeds_the_pull_request() -> None:
    check, regenerate = regenerate_commands()
    assert check == [
        "python",
        "scripts/regenerate.py",
        "--check-upstream",
        "--changelog",
        "$RUNNER_TEMP/spec-changelog.md",
    ]
    assert regenerate == ["python", "scripts/regenerate.py"]  # downloads Apple's zip, locks it
    steps = {step.get("name"): step for step in workflow()["jobs"]["spec-update"]["steps"]}
    pull_request = steps["Open a pull request"]
    assert pull_request["uses"].startswith("peter-evans/create-pull-request@")
    assert pull_request["with"]["body-path"] == "${{ runner.temp }}/spec-changelog.md"
    assert (
        pull_request["if"]
        == steps["Regenerate from Apple's file"]["if"]
        == "steps.check.outputs.exit-code == '1'"
    )
    assert set(pull_request["with"]["add-paths"].split()) == {
        "generated",
        "spec/lock.json",
        "spec/surface.txt",
        "README.md",
    }


@pytest.mark.parametrize(
    ("served", "exit_code", "step_fails"), [("changed", "1", False), ("corrupt", "2", True)]
)
def test_workflow_check_step_runs_here(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path, served: str, exit_code: str, step_fails: bool
) -> None:
    """The check step's shell script itself, as GitHub runs it (bash -e), with the runner's variables."""
    body = zipped(shared_bytes + b" ") if served == "changed" else b"PK\x03\x04 corrupt"
    script = next(
        step["run"] for step in workflow()["jobs"]["spec-update"]["steps"] if step.get("id") == "check"
    )
    output = tmp_path / "github-output"
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
            "RUNNER_TEMP": str(tmp_path),
            "GITHUB_OUTPUT": str(output),
            upstream.URL_VARIABLE: server.serve(f"/workflow-{served}.zip", body),
        },
    )
    assert output.read_text() == f"exit-code={exit_code}\n"
    assert (result.returncode != 0) == step_fails, result.stdout + result.stderr
    if not step_fails:
        assert (
            (tmp_path / "spec-changelog.md")
            .read_text()
            .startswith("# Apple's App Store Connect OpenAPI file: changed")
        )


def test_a_changelog_that_cannot_be_written_exits_2(
    server: SpecServer, shared_bytes: bytes, tmp_path: Path
) -> None:
    url = server.serve("/unchanged.zip", zipped(shared_bytes))
    result = run_check(url, tmp_path / "no-such-folder" / "changelog.md")
    assert result.returncode == 2, result.stdout + result.stderr
    assert (
        f"error: cannot write {tmp_path / 'no-such-folder' / 'changelog.md'}: No such file" in result.stderr
    )
    assert "Traceback" not in result.stderr

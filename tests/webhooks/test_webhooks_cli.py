"""`asc webhooks`: manage an app's webhooks against the sandbox, and `listen` printing verified events."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner, Result
from webhook_support import SECRET, Served

from app_store_connect.cli import ExitCode
from app_store_connect.cli import asc as asc_command
from app_store_connect.sandbox import Sandbox
from app_store_connect.webhooks import SIGNATURE_HEADER, signature

PING = b'{"data":{"type":"webhookPingCreated","id":"p1","version":1,"attributes":{}}}'
CHANGE = (
    b'{"data":{"type":"buildUploadStateUpdated","id":"e1","version":1,"attributes":{"oldValue":"PROCESSING",'
    b'"newValue":"VALID"},"relationships":{"instance":{"data":{"type":"builds","id":"b1"}}}}}'
)


def test_create_list_ping_deliveries_delete(sandbox: Sandbox, served: Served, tmp_path: Path) -> None:
    key = sandbox.write_demo_key(tmp_path)
    root = [
        "--base-url",
        sandbox.base_url,
        "--key-file",
        str(key),
        "--issuer-id",
        sandbox.issuer_id,
        "--json",
    ]
    app = sandbox.app_ids[0]

    def run(*args: str) -> Result:
        return CliRunner(env={"ASC_WEBHOOK_SECRET": SECRET}).invoke(asc_command, [*root, *args])

    made = run(
        "webhooks", "create", "--app", app, "--url", served.url, "--event", "BUILD_UPLOAD_STATE_UPDATED"
    )
    assert made.exit_code == ExitCode.OK, made.output
    hook = json.loads(made.stdout)
    assert SECRET not in made.stdout
    assert [row["id"] for row in json.loads(run("webhooks", "list", "--app", app).stdout)] == [hook["id"]]
    assert run("webhooks", "ping", hook["id"]).exit_code == ExitCode.OK
    assert served.receiver.events.get(timeout=5).type == "webhookPingCreated"
    deliveries: list[dict[str, object]] = []
    for _ in range(100):  # recorded by the sandbox's sender thread once the receiver answered
        deliveries = json.loads(run("webhooks", "deliveries", hook["id"]).stdout)
        if deliveries:
            break
        time.sleep(0.02)
    assert [(row["deliveryState"], row["httpStatusCode"]) for row in deliveries] == [("SUCCEEDED", 200)]
    assert run("webhooks", "delete", hook["id"]).exit_code == ExitCode.OK
    assert json.loads(run("webhooks", "list", "--app", app).stdout) == []
    gone = run("webhooks", "ping", hook["id"])  # the id is in the body: Apple's 409, not a 404
    assert gone.exit_code == ExitCode.API_ERROR
    assert json.loads(gone.stderr)["error"]["status"] == 409


def test_listen_prints_verified_events_and_drops_the_rest() -> None:
    env = {**os.environ, "ASC_WEBHOOK_SECRET": SECRET}
    command = [
        sys.executable,
        "-m",
        "app_store_connect.cli",
        "webhooks",
        "listen",
        "--port",
        "0",
        "--count",
        "2",
    ]
    with subprocess.Popen(
        [*command, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as listener:
        try:
            assert listener.stderr is not None and listener.stdout is not None
            banner = listener.stderr.readline()
            url = re.search(r"http://127\.0\.0\.1:\d+/", banner)
            assert url is not None, banner
            forged = httpx.post(
                url[0], content=PING, headers={SIGNATURE_HEADER: signature(PING, "not the secret")}
            )
            pinged = httpx.post(url[0], content=PING, headers={SIGNATURE_HEADER: signature(PING, SECRET)})
            changed = httpx.post(
                url[0], content=CHANGE, headers={SIGNATURE_HEADER: signature(CHANGE, SECRET)}
            )
            out, err = listener.communicate(timeout=30)
        finally:
            listener.kill()

    assert (forged.status_code, pinged.status_code, changed.status_code) == (401, 200, 200)
    assert listener.returncode == ExitCode.OK, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["type"] for line in lines] == ["webhookPingCreated", "buildUploadStateUpdated"]
    assert lines[1] | {"timestamp": None} == {
        "type": "buildUploadStateUpdated",
        "id": "e1",
        "timestamp": None,
        "instanceType": "builds",
        "instanceId": "b1",
        "oldValue": "PROCESSING",
        "newValue": "VALID",
    }
    assert SECRET not in out + err

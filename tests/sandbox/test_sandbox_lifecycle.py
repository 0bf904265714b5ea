"""Starting and stopping: no leaked threads or ports, idle and slow connections do not hold the stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import jwt
import pytest
from sandbox_support import authorized

from app_store_connect.sandbox import Fault, Sandbox


def test_stop_leaves_no_threads_and_frees_the_ports(plain: httpx.Client) -> None:
    before = set(threading.enumerate())
    sandbox = Sandbox().start()
    api, presigned = sandbox.base_url, sandbox.presigned_base_url
    with authorized(sandbox) as client:  # keep-alive connections stay open while the sandbox stops
        assert client.get("/v1/apps").status_code == 200
        assert plain.get(presigned + "/nothing").status_code == 403
        started = time.monotonic()
        sandbox.stop()
        assert time.monotonic() - started < 2
    assert set(threading.enumerate()) == before
    with pytest.raises(httpx.ConnectError):
        plain.get(api + "/v1/apps")
    port = int(api.rsplit(":", 1)[1])
    with Sandbox(port=port) as again:  # the port can be bound again at once
        assert again.base_url == api
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.base_url


def test_stop_cuts_an_injected_delay_short() -> None:
    sandbox = Sandbox().start()
    injection = sandbox.inject(Fault.DELAY, delay=30)
    outcome: list[object] = []

    def slow_request() -> None:
        with authorized(sandbox) as client:
            try:
                outcome.append(client.get("/v1/apps").status_code)
            except httpx.HTTPError as error:
                outcome.append(error)

    worker = threading.Thread(target=slow_request)
    worker.start()
    while injection.remaining and worker.is_alive():
        time.sleep(0.01)  # until the request has arrived and is waiting
    started = time.monotonic()
    sandbox.stop()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    assert outcome


def test_the_module_serves_in_the_foreground_and_stops_on_sigterm(
    tmp_path: Path, plain: httpx.Client
) -> None:
    command = [
        sys.executable,
        "-m",
        "app_store_connect.sandbox",
        "--key-dir",
        str(tmp_path),
        "--quirks",
        "q1",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        lines = [first] + [process.stdout.readline() for _ in range(4)]
        base_url = first.split(": ", 1)[1].strip()
        key_path = next(Path(line.split()[-1]) for line in lines if line.startswith("Demo key written to"))
        key_id = key_path.stem.removeprefix("AuthKey_")
        exports = dict(part.split("=", 1) for part in lines[3].split()[1:])
        # Issue 17: without ASC_BASE_URL, pasting the line sends the demo key to Apple's production API.
        assert exports["ASC_BASE_URL"] == base_url
        assert exports["ASC_PRIVATE_KEY_PATH"] == str(key_path)
        assert exports["ASC_KEY_ID"] == key_id
        assert exports["ASC_VENDOR_NUMBER"] == Sandbox(seed=0).vendor_number
        now = int(time.time())
        token = jwt.encode(
            {"iss": exports["ASC_ISSUER_ID"], "iat": now, "exp": now + 600, "aud": "appstoreconnect-v1"},
            key_path.read_text(),
            algorithm="ES256",
            headers={"kid": key_id},
        )
        response = plain.get(base_url + "/v1/apps", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        assert oct(key_path.stat().st_mode & 0o777) == "0o600"
        assert "Quirks: q1" in lines[4]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_a_sandbox_can_be_started_again_with_its_state(sandbox: Sandbox) -> None:
    with authorized(sandbox) as client:
        assert client.get("/v1/apps").status_code == 200
    sandbox.stop()
    sandbox.start()
    with authorized(sandbox) as client:
        assert client.get("/v1/apps").status_code == 200
    assert len(sandbox.requests) == 2


def test_a_sandbox_never_stopped_does_not_hold_up_exit() -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from sandbox_support import authorized\n"
        "from app_store_connect.sandbox import Sandbox\n"
        "sandbox = Sandbox().start()\n"
        "client = authorized(sandbox)\n"
        "assert client.get('/v1/apps').status_code == 200\n"  # a keep-alive connection stays open
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)], timeout=20, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr


def test_injections_and_the_request_log_can_be_cleared(sandbox: Sandbox) -> None:
    injection = sandbox.inject(Fault.UNEXPECTED_ERROR, times=5)
    sandbox.clear_faults()
    with authorized(sandbox) as client:
        assert client.get("/v1/apps").status_code == 200
    assert injection.remaining == 5
    assert [record.status for record in sandbox.requests] == [200]
    sandbox.clear_requests()
    assert sandbox.requests == []

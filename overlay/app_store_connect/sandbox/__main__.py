"""`python -m app_store_connect.sandbox`: serve a sandbox in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import shlex
import signal
import tempfile
import threading
from pathlib import Path
from types import FrameType

from ._quirks import Quirk
from ._server import Sandbox


def main(argv: list[str] | None = None) -> None:
    """Parse the options, start the sandbox, print how to reach it, and wait."""
    parser = argparse.ArgumentParser(
        prog="python -m app_store_connect.sandbox",
        description="Serve a local App Store Connect on 127.0.0.1 until Ctrl+C.",
    )
    parser.add_argument("--port", type=int, default=0, help="API port (default: any free port)")
    parser.add_argument("--presigned-port", type=int, default=0, help="presigned host port (default: any)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated account (default: 0)")
    parser.add_argument(
        "--quirks",
        default="",
        help=f"standing quirks, comma-separated: {', '.join(Quirk)} or all (default: none)",
    )
    parser.add_argument(
        "--fault-every", type=int, default=5, help="q6/q7 fail every Nth request (default: 5)"
    )
    parser.add_argument("--slow-delay", type=float, default=10.0, help="q5 delay in seconds (default: 10)")
    parser.add_argument("--clock-skew", type=float, default=0.0, help="seconds the server clock is ahead")
    parser.add_argument(
        "--key-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "app-store-connect-sandbox",
        help="where to write the demo key (default: %(default)s)",
    )
    parser.add_argument(
        "--fast", action="store_true", help="uploads, builds and reviews finish at the first read (for tests)"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    parser.add_argument(
        "--list-operations", action="store_true", help="print every operation served and how, then exit"
    )
    options = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if options.verbose else logging.WARNING, format="%(message)s")
    try:
        sandbox = Sandbox(
            quirks=options.quirks,
            seed=options.seed,
            port=options.port,
            presigned_port=options.presigned_port,
            clock_skew=options.clock_skew,
            fault_every=options.fault_every,
            slow_delay=options.slow_delay,
            fast=options.fast,
        )
    except ValueError as error:
        parser.error(str(error))
    if options.list_operations:
        for operation in sandbox.operations():
            print(f"{operation.method:<6} {operation.path:<90} {operation.how}")
        return
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        sandbox.start()
    except OSError as error:  # the port is taken
        parser.error(f"cannot listen: {error}")
    with sandbox:
        key_path = sandbox.write_demo_key(options.key_dir)
        quirks = ", ".join(sorted(sandbox.quirks)) or "none"
        print(f"App Store Connect sandbox: {sandbox.base_url}", flush=True)
        print(f"Presigned host: {sandbox.presigned_base_url}")
        print(f"Demo key written to {key_path}")
        print(export_line(sandbox, key_path))
        print(f"Quirks: {quirks}; fast: {'on' if options.fast else 'off'}. Press Ctrl+C to stop.", flush=True)
        stop.wait()


def export_line(sandbox: Sandbox, key_path: Path) -> str:
    """The shell line that points `asc` and the library at `sandbox` instead of Apple's API."""
    variables = {
        "ASC_BASE_URL": sandbox.base_url,
        "ASC_KEY_ID": sandbox.key_id,
        "ASC_ISSUER_ID": sandbox.issuer_id,
        "ASC_PRIVATE_KEY_PATH": str(key_path),
        "ASC_VENDOR_NUMBER": sandbox.vendor_number,
    }
    return "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in variables.items())


if __name__ == "__main__":
    main()

"""The sandbox: two HTTP listeners on 127.0.0.1 (the API and the presigned host) in background threads."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography.hazmat.primitives import serialization

from ._analytics import Analytics
from ._asset_uploads import AssetUploads
from ._auth import AuthFailure, KeyRegistry
from ._catalog import catalog
from ._clock import Clock
from ._context import Context, Settings
from ._finance import Finance
from ._http import ApiError, Request, Response, not_authorized, rate_limit_exceeded, unexpected_error
from ._jsonapi import register as register_reads
from ._model import load_model
from ._presigned import PresignedHost
from ._processing import fail_processing
from ._quirks import Fault, FaultPlan, Host, Injection, Quirk, fault_response, parse_quirks
from ._ratelimit import RateLimiter
from ._resources import Resources
from ._roles import check_role
from ._routing import Router
from ._sales import Sales
from ._seed import HAND_SEEDED, GenericSeeder, Ids, demo_key, seed_account
from ._states import States
from ._store import Store
from ._webhooks import Webhooks

logger = logging.getLogger("app_store_connect.sandbox")

MAX_URL_LENGTH = 4096  # Q16: longer URLs answer 500


@dataclass(frozen=True)
class ServedOperation:
    """One operation of Apple's spec and how the sandbox serves it: `generic` (the JSON:API store),
    `generic, state machine` (the store plus states and checks), or the module that owns it
    (`uploads`, `analytics`, `sales reports`, `finance reports`)."""

    method: str
    path: str
    operation_id: str
    how: str


_OWNERS = {
    "_jsonapi": "generic",
    "_resources": "generic",
    "_sales": "sales reports",
    "_finance": "finance reports",
    "_asset_uploads": "uploads",
}


@dataclass(frozen=True)
class RecordedRequest:
    """A request one of the listeners received, with the status it got; `note` says why a token failed."""

    host: Host
    request: Request
    status: int
    note: str | None = None


_Outcome = tuple[Response, str | None]


class Sandbox:
    """A local App Store Connect for tests, benchmarks and the CLI; see the package docstring.

    quirks: standing quirks, e.g. `"q1,q6"`, `"all"` or a list of `Quirk` (see `Quirk` for each).
    seed: the seeded account, its ids and the demo key derive from it.
    port, presigned_port: where to listen on `host`; 0 picks free ports.
    clock_skew: seconds the server's clock is ahead of the real one (negative: behind); token checks
        and the `Date` header follow it.
    fault_every: q6 and q7 fail every Nth API request.
    slow_delay, slow_limit: q5 makes pages with more than `slow_limit` items take `slow_delay` seconds.
    rate_limit: the hourly request budget reported in `X-Rate-Limit`; once spent, requests answer 429.
    upload_part_size: bytes per upload operation.
    processing_polls: reads after a commit while an upload stays UPLOAD_COMPLETE (or PROCESSING), and
        reads of a build, a beta review or a review submission before it moves to its next state.
    fast: for tests: uploads, processing and reviews move on at the first read, Q5 pages are not slow.
    """

    ROLES = frozenset(load_model().schemas.named("UserRole")["enum"])
    """The roles a registered key can have (Apple's `UserRole` values)."""

    def __init__(
        self,
        *,
        quirks: str | Iterable[str] = (),
        seed: int = 0,
        port: int = 0,
        presigned_port: int = 0,
        host: str = "127.0.0.1",
        clock_skew: float = 0.0,
        fault_every: int = 5,
        slow_delay: float = 10.0,
        slow_limit: int = 100,
        rate_limit: int = 3600,
        upload_part_size: int = 5 * 1024 * 1024,
        processing_polls: int = 2,
        fast: bool = False,
    ) -> None:
        if fast:
            processing_polls, slow_delay = 0, 0.0
        settings = Settings(seed, slow_delay, slow_limit, upload_part_size, processing_polls)
        clock = Clock(clock_skew)
        self._address = (host, port, presigned_port)
        self._demo = demo_key(seed)
        self._keys = KeyRegistry()
        self._keys.register(self.key_id, self.private_key_pem, self.issuer_id)
        self._rate = RateLimiter(clock, rate_limit)
        ids = Ids(seed)
        model = load_model()
        store = Store(seeder=GenericSeeder(model, seed))
        store.mark_seeded(*HAND_SEEDED)
        self._context = Context(
            store=store,
            settings=settings,
            clock=clock,
            faults=FaultPlan(parse_quirks(quirks), fault_every),
            presigned=PresignedHost(hashlib.sha256(f"presigned-{seed}".encode()).digest(), clock),
            stopping=threading.Event(),
        )
        self._account = seed_account(self._context.store, ids, seed, clock.today())
        self._router = Router()
        analytics = Analytics(self._context, ids)
        analytics.install(self._router)
        analytics.add_request(self._context.store.require("apps", self.app_ids[0]), "ONGOING")
        AssetUploads(self._context, ids, model).install(self._router)
        Sales(self._account.vendor_number).install(self._router)
        Finance(self._account.vendor_number).install(self._router)
        register_reads(self._router, model.operations)
        resources = Resources(model, ids)
        resources.install(self._router)
        self._model = model
        self._states = States(self._context)
        self._states.install(resources)
        self._ids = ids
        self._webhooks = Webhooks(self._context, ids)  # signed deliveries of state changes and pings
        self._webhooks.install(resources)
        self._log: list[RecordedRequest] = []
        self._log_lock = threading.Lock()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    # Lifecycle

    def start(self) -> Sandbox:
        """Bind both listeners and serve in background threads."""
        if self._servers:
            raise RuntimeError("the sandbox is already running")
        host, port, presigned_port = self._address
        self._context.stopping.clear()
        api = _Server((host, port), self._serve_api, self._context.clock)
        try:
            presigned = _Server((host, presigned_port), self._serve_presigned, self._context.clock)
        except OSError:
            api.server_close()
            raise
        self._servers = [api, presigned]
        self._context.base_url = api.url
        self._context.presigned.base_url = presigned.url
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"sandbox {server.url}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        logger.info("sandbox API on %s, presigned host on %s", api.url, presigned.url)
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and wait for every thread; ports are released."""
        self._context.stopping.set()
        self._webhooks.stop()
        stoppers = [threading.Thread(target=server.shutdown) for server in self._servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join()
        for server in self._servers:
            server.close_connections()
            server.server_close()
        for thread in self._threads:
            thread.join()
        self._servers, self._threads = [], []

    def __enter__(self) -> Sandbox:
        """Start (unless `start()` was already called); stopped on exit."""
        return self if self._servers else self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # What clients need

    @property
    def base_url(self) -> str:
        """The API origin, e.g. `http://127.0.0.1:53211` (paths start with `/v1`)."""
        return self._running_url(self._context.base_url)

    @property
    def presigned_base_url(self) -> str:
        """The origin of the presigned upload and download host."""
        return self._running_url(self._context.presigned.base_url)

    @property
    def key_id(self) -> str:
        """The demo key's id."""
        return self._demo.key_id

    @property
    def issuer_id(self) -> str:
        """The demo key's issuer id (it is a team key)."""
        return self._demo.issuer_id

    @property
    def private_key_pem(self) -> str:
        """The demo key as an unencrypted PKCS#8 PEM, the content of an `AuthKey_<KEYID>.p8` file."""
        return self._demo.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()

    def write_demo_key(self, directory: str | Path) -> Path:
        """Write the demo key as `AuthKey_<KEYID>.p8` (mode 0600) into `directory` and return its path."""
        folder = Path(directory)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / f"AuthKey_{self.key_id}.p8"
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as file:
            file.write(self.private_key_pem)
        path.chmod(0o600)  # a file that was already there keeps its mode otherwise
        return path

    def register_key(
        self,
        key_id: str,
        public_key: str | bytes,
        *,
        individual: bool = False,
        roles: Iterable[str] = ("ADMIN",),
    ) -> None:
        """Accept tokens of another P-256 key: a team key of this sandbox's issuer with `roles` (Apple's
        role names, e.g. `("DEVELOPER",)`; see `Sandbox.ROLES`), or an individual key."""
        wanted = frozenset(roles)
        if unknown := wanted - self.ROLES:
            raise ValueError(
                f"unknown role(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(self.ROLES))}"
            )
        self._keys.register(key_id, public_key, None if individual else self.issuer_id, wanted)

    # The seeded account

    @property
    def vendor_number(self) -> str:
        """The vendor number sales and finance reports are filed under."""
        return self._account.vendor_number

    @property
    def app_ids(self) -> tuple[str, ...]:
        """The seeded apps; the first has 223 in-app purchases and an ONGOING analytics report request."""
        return self._account.app_ids

    @property
    def resource_types(self) -> frozenset[str]:
        """Every resource type of Apple's spec the sandbox stores (e.g. `apps`, `betaGroups`)."""
        return frozenset(catalog())

    def ids(self, type_: str, **links: str) -> list[str]:
        """The ids of the resources of `type_` linking to the given ids, in the order the API lists them.

        For example `sandbox.ids("inAppPurchases", app=sandbox.app_ids[0])`.
        """
        return [resource.id for resource in self._context.store.where(type_, **links)]

    def operations(self) -> list[ServedOperation]:
        """Every operation of the spec (1,263 in 4.4.1) and how it is served."""
        served = []
        for operation in self._model.operations:
            module = self._router.handler(operation.method, operation.path).__module__.rsplit(".", 1)[-1]
            how = _OWNERS.get(module, module.lstrip("_"))
            type_ = operation.type if operation.kind == "create" else operation.owner
            if how == "generic" and operation.kind in ("create", "update") and type_ in self._states.types:
                how = "generic, state machine"
            served.append(ServedOperation(operation.method, operation.path, operation.operation_id, how))
        return served

    def fail_processing(self, build_id: str, *errors: tuple[str, str]) -> None:
        """Make a PROCESSING build end INVALID instead of VALID, with Apple's (code, description) errors
        on its build upload, e.g. `("ITMS-90062", "This bundle is invalid.")`."""
        fail_processing(self._context, self._states, self._ids, build_id, errors)

    # Faults and observation

    @property
    def quirks(self) -> frozenset[Quirk]:
        """The standing quirks switched on."""
        return self._context.faults.quirks

    def enable(self, *quirks: str) -> None:
        """Switch standing quirks on, e.g. `sandbox.enable("q1")`."""
        self._context.faults.switch(parse_quirks(quirks), on=True)

    def disable(self, *quirks: str) -> None:
        """Switch standing quirks off."""
        self._context.faults.switch(parse_quirks(quirks), on=False)

    def inject(
        self,
        fault: Fault | str,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        host: Host | str = Host.API,
        delay: float = 0.0,
        after_handling: bool = False,
    ) -> Injection:
        """Fail the next `times` requests matching `method` and `path` (a regular expression searched in
        the path) on `host` with `fault`, after waiting `delay` seconds; see `Injection`."""
        injection = Injection(Fault(fault), times, method, path, Host(host), delay, after_handling)
        return self._context.faults.add(injection)

    def clear_faults(self) -> None:
        """Drop every pending injection (standing quirks stay)."""
        self._context.faults.clear()

    @property
    def clock_skew(self) -> float:
        """Seconds the server's clock is ahead of the real one (negative: behind)."""
        return self._context.clock.skew

    @clock_skew.setter
    def clock_skew(self, seconds: float) -> None:
        self._context.clock.skew = seconds

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._log_lock:
            return list(self._log)

    def clear_requests(self) -> None:
        """Forget the requests received so far."""
        with self._log_lock:
            self._log.clear()

    # Serving

    def _serve_api(self, request: Request) -> Response:
        return self._serve(Host.API, request, self._handle_api)

    def _serve_presigned(self, request: Request) -> Response:
        return self._serve(
            Host.PRESIGNED, request, lambda request: (self._context.presigned.handle(request), None)
        )

    def _serve(self, host: Host, request: Request, handle: Callable[[Request], _Outcome]) -> Response:
        """Apply an injected or scheduled fault around `handle`, then log the request."""
        injection = self._context.faults.take(host, request.method, request.path)
        fault = injection.fault if injection is not None and injection.fault is not Fault.DELAY else None
        after = injection is not None and injection.after_handling
        if injection is not None and injection.delay:
            self._context.wait(injection.delay)
        note: str | None
        if fault is not None and not after:
            response, note = fault_response(fault, host), f"injected {fault}"
        else:
            response, note = handle(request)
            if fault is not None:
                response, note = fault_response(fault, host), f"injected {fault} after handling"
        if host is Host.API:
            response.headers["X-Rate-Limit"] = self._rate.header()
        with self._log_lock:
            self._log.append(RecordedRequest(host, request, response.status, note))
        return response

    def _handle_api(self, request: Request) -> _Outcome:
        try:
            principal = self._keys.verify(
                request.header("Authorization"), request.method, request.target, self._context.clock.now()
            )
        except AuthFailure as failure:
            logger.info("401 for %s %s: %s", request.method, request.target, failure)
            return not_authorized().response(), str(failure)
        if not self._rate.spend():
            return rate_limit_exceeded().response(), "hourly budget spent"
        try:
            if len(request.target) > MAX_URL_LENGTH:
                raise unexpected_error()
            handler, params, pattern = self._router.resolve(request.method, request.path)
            check_role(principal, request.method, pattern)
            return handler(self._context, replace(request, principal=principal), params), None
        except ApiError as error:
            return error.response(), None
        except Exception:
            logger.exception("sandbox handler failed for %s %s", request.method, request.target)
            return unexpected_error().response(), "handler error"

    def _running_url(self, url: str) -> str:
        if not self._servers:
            raise RuntimeError("the sandbox is not running: use `with Sandbox() as sandbox:` or call start()")
        return url


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that knows its connections, to close idle keep-alive ones and join their
    threads on stop. The threads are daemons, so a sandbox never stopped cannot hold up interpreter exit."""

    def __init__(self, address: tuple[str, int], app: Callable[[Request], Response], clock: Clock) -> None:
        self.app = app
        self.clock = clock
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The origin this server listens on."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up is normal (a retried or abandoned request); never a traceback on stderr,
        which would land in the output of an `asc --sandbox` command."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            logger.exception("sandbox: request from %s failed", client_address[0])

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="sandbox connection",
            daemon=True,
        )
        with self._connections_lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Close every open connection and wait for the threads that served them."""
        with self._connections_lock:
            connections = dict(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)
        for thread in connections.values():
            thread.join()


class _Handler(BaseHTTPRequestHandler):
    """Turns HTTP/1.1 requests into `Request`s for the server's app and writes its `Response`s."""

    protocol_version = "HTTP/1.1"
    timeout = 60
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _dispatch(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._write(Response(411, b"Length Required", "text/plain"), close=True)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path, _, query = self.path.partition("?")
        request = Request(self.command, path, query, tuple(self.headers.items()), body)
        self._write(self.server.app(request))

    def _write(self, response: Response, close: bool = False) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(response.body)

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header follows the sandbox's (possibly skewed) clock."""
        return self.server.clock.http_date()

    def version_string(self) -> str:
        return "app-store-connect-sandbox"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

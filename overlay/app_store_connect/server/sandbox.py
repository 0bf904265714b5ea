"""A local App Store Server API on 127.0.0.1 that checks tokens as Apple does, for tests and `--sandbox`.

It knows one app, an In-App Purchase key and an App Store Connect API key (whose tokens it refuses,
as Apple does: 401 with an empty body, Q17), transactions in both environments (every other one
refunded), transaction, refund and notification history, and Send Consumption Information. Its data
is signed by its own certificate chain (`root_der`). Faults (429 with `Retry-After` in epoch
milliseconds, 5xx, odd bodies) are queued with `inject`.

    with ServerSandbox() as sandbox:
        client = ServerClient(sandbox.key, environment="sandbox", base_urls=sandbox.base_urls)
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization

from .._keys import ApiKey
from ._environment import Environment
from ._keys import InAppPurchaseKey
from ._pki import SigningChain

__all__ = ["Fault", "RecordedRequest", "ServerSandbox"]

logger = logging.getLogger(__name__)

AUDIENCE = "appstoreconnect-v1"
MAX_LIFETIME_SECONDS = 60 * 60  # Q17: the Server API allows up to an hour
IAT_LEEWAY_SECONDS = 10
PAGE_SIZE = 20
ISSUER_ID = "69a6de7e-1b2c-47e3-e053-5b8c7c11a4d1"
BUNDLE_ID = "com.example.standin"
APP_APPLE_ID = 1234567890
ORIGINAL_SANDBOX = "2000000000000001"
ORIGINAL_PRODUCTION = "1000000000000001"
_ROUTE = re.compile(r"/(production|sandbox)(/inApps/v\d/.*)")
_VALID_DELIVERY = {
    "DELIVERED",
    "UNDELIVERED_QUALITY_ISSUE",
    "UNDELIVERED_WRONG_ITEM",
    "UNDELIVERED_SERVER_OUTAGE",
    "UNDELIVERED_OTHER",
}
_ENVIRONMENTS = {"production": Environment.PRODUCTION, "sandbox": Environment.SANDBOX}


@dataclass(frozen=True)
class Fault:
    """An answer to give instead of the real one, to the next request matching `method` and `path`."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    method: str | None = None
    path: str | None = None  # a substring of the path (without the environment prefix)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the stand-in saw it: environment, method, path (no query), query, body, answer."""

    environment: str
    method: str
    path: str
    query: str
    body: bytes
    status: int


class _AuthFailure(Exception):
    pass


class ServerSandbox:
    """The stand-in; `start()`/`stop()` or `with`. Thread-safe; every request is recorded."""

    def __init__(self, *, transactions: int = 45, notifications: int = 25, clock_skew: float = 0.0) -> None:
        self.chain = SigningChain()
        self.key = InAppPurchaseKey(ApiKey.generate(key_id="IAPKEY0001", issuer_id=ISSUER_ID), BUNDLE_ID)
        self.app_store_connect_key = ApiKey.generate(key_id="ASCKEY0001", issuer_id=ISSUER_ID)
        self.clock_skew = clock_skew
        self.auth_failures: list[str] = []  # why each refused token was refused (the client sees only 401)
        self.consumption: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._requests: list[RecordedRequest] = []
        self._revisions: dict[str, int] = {}
        now_ms = int(time.time() * 1000)
        self._transactions = {
            "sandbox": self._seed(ORIGINAL_SANDBOX, transactions, "Sandbox", now_ms),
            "production": self._seed(ORIGINAL_PRODUCTION, 3, "Production", now_ms),
        }
        self._notifications = {
            name: [self._notification(payload, now_ms) for payload in list(rows.values())[:notifications]]
            for name, rows in self._transactions.items()
        }
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Life cycle

    def start(self) -> ServerSandbox:
        """Listen on a free port of 127.0.0.1."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="server-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and wait for the server thread."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join()
            self._server = self._thread = None

    def __enter__(self) -> ServerSandbox:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # What clients need

    @property
    def base_urls(self) -> dict[Environment, str]:
        """Each environment's origin, for `ServerClient(base_urls=...)`."""
        assert self._server is not None, "start the stand-in first"
        port = self._server.server_address[1]
        return {env: f"http://127.0.0.1:{port}/{name}" for name, env in _ENVIRONMENTS.items()}

    @property
    def root_der(self) -> bytes:
        """The root certificate its data is signed under (in place of Apple's roots)."""
        return self.chain.root_der

    @property
    def bundle_id(self) -> str:
        return BUNDLE_ID

    @property
    def app_apple_id(self) -> int:
        return APP_APPLE_ID

    def transaction_ids(self, environment: str) -> list[str]:
        """The ids of the transactions of one environment ("sandbox" or "production"), oldest first."""
        return list(self._transactions[environment])

    def write_key(self, folder: str | Path) -> Path:
        """The In-App Purchase key as Apple names its file: `SubscriptionKey_<KEYID>.p8`."""
        return _write(Path(folder) / f"SubscriptionKey_{self.key.key_id}.p8", self.key.api_key)

    def inject(self, *faults: Fault) -> None:
        """Queue answers for the next matching requests, in order."""
        with self._lock:
            self._faults.extend(faults)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    # Handling

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        """The status, body and headers for one request (every answer is recorded)."""
        parts = urlsplit(target)
        route = _ROUTE.fullmatch(parts.path)
        status, answer, extra = 404, b"", dict[str, str]()
        if route is not None:
            environment, path = route.groups()
            status, answer, extra = self._answer(environment, method, path, parts.query, headers, body)
        with self._lock:
            self._requests.append(
                RecordedRequest(
                    route.group(1) if route else "",
                    method,
                    route.group(2) if route else parts.path,
                    parts.query,
                    body,
                    status,
                )
            )
        return status, answer, extra

    def _answer(
        self, environment: str, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        try:
            self._authenticate(headers.get("authorization"))
        except _AuthFailure as failure:
            with self._lock:
                self.auth_failures.append(str(failure))
            return 401, b"", {}  # Q17: Apple's 401 has an empty body
        fault = self._take_fault(method, path)
        if fault is not None:
            return fault.status, fault.body, dict(fault.headers)
        params = {name: values for name, values in parse_qs(query).items()}
        if method == "GET" and (found := re.fullmatch(r"/inApps/v1/transactions/(\d+)", path)):
            return self._transaction(environment, found.group(1))
        if method == "GET" and (found := re.fullmatch(r"/inApps/v[12]/history/(\d+)", path)):
            return self._history(environment, found.group(1), params)
        if method == "GET" and (found := re.fullmatch(r"/inApps/v2/refund/lookup/(\d+)", path)):
            return self._history(environment, found.group(1), params, refunds=True)
        if method == "POST" and path == "/inApps/v1/notifications/history":
            return self._notification_history(environment, params, body)
        if method == "PUT" and (found := re.fullmatch(r"/inApps/v2/transactions/consumption/(\d+)", path)):
            return self._consumption(environment, found.group(1), body)
        return 404, b"", {}

    def _authenticate(self, authorization: str | None) -> None:
        """As Apple: an In-App Purchase key's ES256 token with iss, bid, aud, and at most an hour's life."""
        if not authorization or not authorization.startswith("Bearer "):
            raise _AuthFailure("no bearer token")
        token = authorization.removeprefix("Bearer ")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise _AuthFailure(f"malformed token: {error}") from None
        kid = header.get("kid")
        if kid == self.app_store_connect_key.key_id:
            raise _AuthFailure("signed with an App Store Connect API key, not an In-App Purchase key")
        if kid != self.key.key_id or header.get("alg") != "ES256":
            raise _AuthFailure(f"unknown kid {kid!r} or alg {header.get('alg')!r}")
        try:
            claims = jwt.decode(
                token,
                self.key.api_key.private_key.public_key(),
                algorithms=["ES256"],
                audience=AUDIENCE,
                options={"verify_exp": False, "verify_iat": False, "require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            raise _AuthFailure(f"token rejected: {error}") from None
        if claims["iss"] != self.key.issuer_id:
            raise _AuthFailure("iss is not the key's issuer id")
        if "bid" not in claims:
            raise _AuthFailure("no bid claim")
        if claims["bid"] != BUNDLE_ID:
            raise _AuthFailure(f"bid {claims['bid']!r} is not an app of this team")
        now = time.time() + self.clock_skew
        issued = claims.get("iat", now)
        if issued > now + IAT_LEEWAY_SECONDS:
            raise _AuthFailure("iat is in the future (clock skew?)")
        if claims["exp"] - issued > MAX_LIFETIME_SECONDS:
            raise _AuthFailure("lifetime over 60 minutes")
        if claims["exp"] <= now:
            raise _AuthFailure("expired")

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._faults):
                if (fault.method in (None, method)) and (fault.path is None or fault.path in path):
                    return self._faults.pop(index)
        return None

    def _transaction(self, environment: str, transaction_id: str) -> tuple[int, bytes, dict[str, str]]:
        payload = self._transactions[environment].get(transaction_id)
        if payload is None:
            return _not_found()
        return _json({"signedTransactionInfo": self.chain.sign(payload)})

    def _history(
        self, environment: str, transaction_id: str, params: dict[str, list[str]], *, refunds: bool = False
    ) -> tuple[int, bytes, dict[str, str]]:
        """A page of the customer's transactions (or of its refunded ones), paged by revision."""
        if transaction_id not in self._transactions[environment]:
            return _not_found()
        rows = [
            row for row in self._transactions[environment].values() if not refunds or "revocationDate" in row
        ]
        offset = 0
        if "revision" in params:
            with self._lock:
                known = self._revisions.get(params["revision"][0])
            if known is None:
                return _json({"errorCode": 4000005, "errorMessage": "Invalid request revision."}, 400)
            offset = known
        chosen = rows[offset : offset + PAGE_SIZE]
        end = offset + len(chosen)
        document: dict[str, Any] = {
            "revision": self._revision(end),
            "hasMore": end < len(rows),
            "signedTransactions": [self.chain.sign(row) for row in chosen],
        }
        if not refunds:
            document["bundleId"], document["appAppleId"] = BUNDLE_ID, APP_APPLE_ID
            document["environment"] = "Sandbox" if environment == "sandbox" else "Production"
        return _json(document)

    def _notification_history(
        self, environment: str, params: dict[str, list[str]], body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        try:
            request = json.loads(body)
        except ValueError:
            return _json({"errorCode": 4000000, "errorMessage": "Bad request."}, 400)
        if not isinstance(request, dict) or "startDate" not in request or "endDate" not in request:
            return _json({"errorCode": 4000015, "errorMessage": "Invalid start date."}, 400)
        offset = int(params["paginationToken"][0].removeprefix("page-")) if "paginationToken" in params else 0
        rows = self._notifications[environment]
        chosen = rows[offset : offset + PAGE_SIZE]
        end = offset + len(chosen)
        document: dict[str, Any] = {
            "notificationHistory": [
                {"signedPayload": self._signed_notification(row), "sendAttempts": []} for row in chosen
            ],
            "hasMore": end < len(rows),
        }
        if end < len(rows):
            document["paginationToken"] = f"page-{end}"
        return _json(document)

    def _consumption(
        self, environment: str, transaction_id: str, body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        if transaction_id not in self._transactions[environment]:
            return _not_found()
        try:
            request = json.loads(body)
        except ValueError:
            return _json({"errorCode": 4000000, "errorMessage": "Bad request."}, 400)
        if request.get("customerConsented") is not True:
            return _json({"errorCode": 4000035, "errorMessage": "Invalid customer consented."}, 400)
        if request.get("deliveryStatus") not in _VALID_DELIVERY:
            return _json({"errorCode": 4000036, "errorMessage": "Invalid delivery status."}, 400)
        if not isinstance(request.get("sampleContentProvided"), bool):
            return _json({"errorCode": 4000041, "errorMessage": "Invalid sample content provided."}, 400)
        with self._lock:
            self.consumption[transaction_id] = request
        return 202, b"", {}

    def _signed_notification(self, row: dict[str, Any]) -> str:
        data = {**row["data"], "signedTransactionInfo": self.chain.sign(row["data"]["signedTransactionInfo"])}
        return self.chain.sign({**row, "data": data})

    def _revision(self, offset: int) -> str:
        token = uuid.uuid4().hex
        with self._lock:
            self._revisions[token] = offset
        return token

    @staticmethod
    def _seed(original: str, count: int, environment: str, now_ms: int) -> dict[str, dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = {}
        for index in range(count):
            transaction_id = str(int(original) + index)
            purchased = now_ms - (count - index) * 3_600_000
            rows[transaction_id] = {
                "transactionId": transaction_id,
                "originalTransactionId": original,
                "bundleId": BUNDLE_ID,
                "productId": "com.example.standin.coins",
                "purchaseDate": purchased,
                "originalPurchaseDate": purchased,
                "quantity": 1,
                "type": "Consumable",
                "inAppOwnershipType": "PURCHASED",
                "signedDate": now_ms,
                "environment": environment,
                "transactionReason": "PURCHASE",
                "storefront": "USA",
                "storefrontId": "143441",
                "price": 990,
                "currency": "USD",
            }
            if index % 2 == 1:  # every other purchase refunded: 22 of the 45 sandbox ones, two pages
                rows[transaction_id] |= {"revocationDate": purchased + 86_400_000, "revocationReason": 0}
        return rows

    def _notification(self, transaction: dict[str, Any], now_ms: int) -> dict[str, Any]:
        return {
            "notificationType": "CONSUMPTION_REQUEST",
            "notificationUUID": str(uuid.uuid4()),
            "version": "2.0",
            "signedDate": now_ms,
            "data": {
                "bundleId": BUNDLE_ID,
                "appAppleId": APP_APPLE_ID,
                "environment": transaction["environment"],
                "signedTransactionInfo": transaction,  # signed when served
                "consumptionRequestReason": "UNINTENDED_PURCHASE",
            },
        }


def _json(document: Mapping[str, Any], status: int = 200) -> tuple[int, bytes, dict[str, str]]:
    return status, json.dumps(document).encode(), {"Content-Type": "application/json"}


def _not_found() -> tuple[int, bytes, dict[str, str]]:
    return _json({"errorCode": 4040010, "errorMessage": "Transaction id not found."}, 404)


def _write(path: Path, key: ApiKey) -> Path:
    path.write_bytes(
        key.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return path


def _handler(sandbox: ServerSandbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave in two writes; keep-alive must not wait 40 ms

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {name.lower(): value for name, value in self.headers.items()}
            status, answer, extra = sandbox.handle(self.command, self.path, headers, body)
            self.send_response(status)
            self.send_header("Date", formatdate(time.time() + sandbox.clock_skew, usegmt=True))
            self.send_header("Content-Length", str(len(answer)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("server sandbox: " + format, *args)

        def send_response(self, code: int, message: str | None = None) -> None:  # no Server header noise
            self.log_request(code)
            self.send_response_only(code, message)

    return Handler

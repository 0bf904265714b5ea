"""The fault matrix: 15 wire faults x GET/POST/PATCH/DELETE x transient/persistent, sync and async.

Each cell runs a generated endpoint through `asc.call` against the raw-socket fault server and asserts
the outcome (the result, or the error class, always inside `AppStoreConnectError`), the requests the
server saw (a POST or PATCH that may have applied is never sent again: Q6, Q14), the waits the client
slept (Retry-After honoured exactly, Q7), and that no token reached another origin (Q13).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from conftest import ATTEMPTS
from doubles import FakeTime
from fault_server import Behaviour, CutBody, FaultServer, Reply, Reset, Seen, Stall, truncated_gzip

from app_store_connect import (
    AppStoreConnectError,
    GatewayError,
    NetworkError,
    RateLimitedError,
    RedirectError,
    RequestTimeoutError,
    ResponseFormatError,
    ServerError,
)
from app_store_connect_api.api.bundle_ids import (
    bundle_ids_create_instance,
    bundle_ids_delete_instance,
    bundle_ids_get_instance,
    bundle_ids_update_instance,
)
from app_store_connect_api.models.bundle_id_create_request import BundleIdCreateRequest
from app_store_connect_api.models.bundle_id_response import BundleIdResponse
from app_store_connect_api.models.bundle_id_update_request import BundleIdUpdateRequest

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

JSON = (("Content-Type", "application/json"),)
HTML = (("Content-Type", "text/html"),)
BUNDLE = {"type": "bundleIds", "id": "B1", "attributes": {"name": "Trailhead", "platform": "IOS"}}
BUNDLE_BODY = json.dumps({"data": BUNDLE, "links": {"self": "/v1/bundleIds/B1"}}).encode()
DATE = "Tue, 02 Dec 2025 10:00:00 GMT"


def error_body(status: int, code: str) -> bytes:
    return json.dumps({"errors": [{"status": str(status), "code": code, "title": code}]}).encode()


# Q6: Apple's gateway page, with its Correlation Key; Q7: the 429 document.
GATEWAY_PAGE = b"<html><body><h1>Bad Gateway</h1><p>Correlation Key: ABCDEF123456</p></body></html>"
FAULTS: dict[str, Behaviour] = {
    "502 html": Reply(502, GATEWAY_PAGE, HTML),
    "503 retry-after seconds": Reply(503, error_body(503, "UNAVAILABLE"), (*JSON, ("Retry-After", "2"))),
    "503 retry-after date": Reply(
        503, error_body(503, "UNAVAILABLE"), (*JSON, ("Date", DATE), ("Retry-After", DATE[:-6] + "03 GMT"))
    ),
    "504 html": Reply(504, b"<html><h1>504 Gateway Time-out</h1></html>", HTML),
    "500 json": Reply(500, error_body(500, "UNEXPECTED_ERROR"), JSON),
    "429 retry-after": Reply(429, error_body(429, "RATE_LIMIT_EXCEEDED"), (*JSON, ("Retry-After", "1"))),
    "429 no retry-after": Reply(429, error_body(429, "RATE_LIMIT_EXCEEDED"), JSON),
    "reset before response": Reset(),
    "closed mid-body": CutBody(),
    "read timeout": Stall(),
    "truncated gzip": Reply(200, truncated_gzip(BUNDLE_BODY), (*JSON, ("Content-Encoding", "gzip"))),
    "200 invalid json": Reply(200, BUNDLE_BODY[: len(BUNDLE_BODY) // 2], JSON),
    "200 html": Reply(200, b"<html><body>Maintenance</body></html>", HTML),
    "200 empty": Reply(200, b"", JSON),
    "307 to another host": Reply(307),  # Location added per test: the other server's port
}
FINAL_ERROR: dict[str, type[AppStoreConnectError]] = {
    "502 html": GatewayError,
    "503 retry-after seconds": ServerError,
    "503 retry-after date": ServerError,
    "504 html": GatewayError,
    "500 json": ServerError,
    "429 retry-after": RateLimitedError,
    "429 no retry-after": RateLimitedError,
    "reset before response": NetworkError,
    "closed mid-body": NetworkError,
    "read timeout": RequestTimeoutError,
}
WAIT = {"503 retry-after seconds": 2.0, "503 retry-after date": 3.0, "429 retry-after": 1.0}
RATE_LIMITED = {"429 retry-after", "429 no retry-after"}
BODY_FAULTS = {"truncated gzip", "200 invalid json", "200 html", "200 empty"}
METHODS = ["GET", "POST", "PATCH", "DELETE"]


@dataclass(frozen=True)
class Expected:
    error: type[AppStoreConnectError] | None
    requests: int
    waits: list[float]


def expected(fault: str, method: str, persistent: bool) -> Expected:
    """The contract of a cell: what the client must do."""
    if fault in BODY_FAULTS:  # a 2xx is final: a body the operation promises must parse, or raise
        return Expected(None if method == "DELETE" else ResponseFormatError, 1, [])
    if fault == "307 to another host":  # a GET follows (without the token); a write never does
        return Expected(None if method == "GET" else RedirectError, 1, [])
    retried = method in ("GET", "DELETE") or fault in RATE_LIMITED  # a 429 was not processed (Q7)
    if not retried:
        return Expected(FINAL_ERROR[fault], 1, [])  # may have applied: never sent again (Q6, Q14)
    failures = ATTEMPTS if persistent else 1
    backoff = [WAIT.get(fault, 0.5 * 2**n) for n in range(ATTEMPTS - 1)]
    if persistent:
        return Expected(FINAL_ERROR[fault], ATTEMPTS, backoff)
    return Expected(None, failures + 1, backoff[:failures])


SUCCESS = {
    "GET": Reply(200, BUNDLE_BODY, JSON),
    "POST": Reply(201, BUNDLE_BODY, JSON),
    "PATCH": Reply(200, BUNDLE_BODY, JSON),
    "DELETE": Reply(204),
}


async def call(asc: Any, method: str) -> Any:
    """The generated endpoint for `method`, through `asc.call`, awaited for the async client."""
    if method == "GET":
        pending = asc.call(bundle_ids_get_instance, id="B1")
    elif method == "POST":
        body = {
            "data": {
                "type": "bundleIds",
                "attributes": {"name": "T", "identifier": "c.e.t", "platform": "IOS"},
            }
        }
        pending = asc.call(bundle_ids_create_instance, body=BundleIdCreateRequest.from_dict(body))
    elif method == "PATCH":
        body = {"data": {"type": "bundleIds", "id": "B1", "attributes": {"name": "Trail"}}}
        pending = asc.call(bundle_ids_update_instance, id="B1", body=BundleIdUpdateRequest.from_dict(body))
    else:
        pending = asc.call(bundle_ids_delete_instance, id="B1")
    return await pending if hasattr(pending, "__await__") else pending


def scripted(fault: Behaviour, success: Reply, persistent: bool) -> Any:
    def answer(seen: Seen, served: list[int] = [0]) -> Behaviour:  # noqa: B006 - one counter per script
        served[0] += 1
        return fault if persistent or served[0] == 1 else success

    return answer


@pytest.mark.parametrize("persistent", [False, True], ids=["transient", "persistent"])
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_fault_cell(
    asc: Any,
    api: FaultServer,
    other: FaultServer,
    fake_time: FakeTime,
    fault: str,
    method: str,
    persistent: bool,
) -> None:
    behaviour = FAULTS[fault]
    if fault == "307 to another host":
        behaviour = Reply(307, headers=(("Location", f"{other.url}/v1/bundleIds/B1?X-Amz-Signature=s3cr3t"),))
    api.reset(scripted(behaviour, SUCCESS[method], persistent))
    other.reset(lambda seen: Reply(200, BUNDLE_BODY, JSON))
    want = expected(fault, method, persistent)

    try:
        result = await call(asc, method)
    except Exception as error:  # every failure must be inside the tree: asserted below
        raised: Exception | None = error
    else:
        raised = None

    if want.error is None:
        assert raised is None, f"expected success, got {raised!r}"
        assert isinstance(result, BundleIdResponse) if method != "DELETE" else result is None
    else:
        assert isinstance(raised, AppStoreConnectError), f"outside the error tree: {raised!r}"
        assert isinstance(raised, want.error), f"expected {want.error.__name__}, got {raised!r}"
    assert [seen.method for seen in api.seen] == [method] * want.requests
    assert fake_time.sleeps == want.waits
    # Q13: every API request carries the token; nothing else ever does.
    assert all(seen.headers.get("authorization", "").startswith("Bearer ") for seen in api.seen)
    assert all("authorization" not in seen.headers for seen in other.seen)
    assert len(other.seen) == (1 if fault == "307 to another host" and method == "GET" else 0)

"""Each injected quirk appears on the wire as the quirk catalog describes it."""

from __future__ import annotations

import time

import httpx
import pytest
from sandbox_support import authorized

from app_store_connect.sandbox import Fault, Quirk, Sandbox


def purchases_url(sandbox: Sandbox, limit: int = 100) -> str:
    return f"/v1/apps/{sandbox.app_ids[0]}/inAppPurchasesV2?limit={limit}"


def test_q1_purchases_offer_empty_pages_with_next_forever(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.enable("q1")
    url, seen, pages = purchases_url(sandbox), 0, []
    for _ in range(6):
        page = client.get(url).json()
        pages.append(page)
        seen += len(page["data"])
        url = page["links"]["next"]
    assert seen == 223
    assert [len(page["data"]) for page in pages] == [100, 100, 23, 0, 0, 0]
    assert all(page["meta"]["paging"]["total"] == 223 for page in pages)
    assert all(page["meta"]["paging"]["nextCursor"] for page in pages)
    assert len({page["links"]["next"] for page in pages}) == 6  # a new cursor every time
    assert client.get("/v1/betaTesters?limit=200").json()["links"].get("next") is None  # only purchases
    sandbox.disable("q1")
    assert (
        "next"
        not in client.get(purchases_url(sandbox, 200) + "&cursor=eyJvZmZzZXQiOiIyMDAifQ").json()["links"]
    )


def test_q2_the_second_pages_next_link_repeats_itself(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.enable(Quirk.Q2)
    second_url = client.get(purchases_url(sandbox)).json()["links"]["next"]
    second = client.get(second_url).json()
    assert second["links"]["next"] == second_url
    assert client.get(second["links"]["next"]).json()["data"] == second["data"]


def test_q2_a_next_cursor_the_server_then_rejects(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.enable("q2-cursor")
    second_url = client.get(purchases_url(sandbox)).json()["links"]["next"]
    third = client.get(client.get(second_url).json()["links"]["next"])
    assert third.status_code == 400
    error = third.json()["errors"][0]
    assert (error["code"], error["source"]) == ("PARAMETER_ERROR.INVALID", {"parameter": "cursor"})
    assert error["detail"].endswith("is not a valid cursor for this request")


def test_q5_large_pages_are_slow(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.enable("q5")  # the fixture's slow_delay is 0.2 s
    with pytest.raises(httpx.ReadTimeout):
        client.get(purchases_url(sandbox, 200), timeout=0.05)
    started = time.monotonic()
    assert client.get(purchases_url(sandbox, 100)).status_code == 200
    assert time.monotonic() - started < 0.2


def test_q6_html_bad_gateway_with_a_correlation_key(sandbox: Sandbox, client: httpx.Client) -> None:
    injection = sandbox.inject(Fault.BAD_GATEWAY, times=2, path=r"^/v1/apps$")
    first, second, third = (client.get("/v1/apps") for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [502, 502, 200]
    assert first.headers["Content-Type"] == "text/html"
    assert "<h3>Bad Gateway</h3>" in first.text
    assert "Correlation Key: " in first.text
    assert injection.remaining == 0
    assert client.get("/v1/builds").status_code == 200  # other paths were never matched


@pytest.mark.parametrize(
    ("fault", "status", "content_type", "marker"),
    [
        (Fault.UNEXPECTED_ERROR, 500, "application/json", '"code":"UNEXPECTED_ERROR"'),
        (Fault.GATEWAY_TIMEOUT, 504, "text/html", "Gateway Timeout"),
        (Fault.COULD_NOT_PROCESS, 502, "text/plain", "Could not process this request"),
        (Fault.NOT_AUTHORIZED, 401, "application/json", '"code":"NOT_AUTHORIZED"'),
        (Fault.AGREEMENTS_MISSING, 403, "application/json", '"links":{"see":"/business"}'),
    ],
)
def test_each_fault_has_its_wire_shape(
    sandbox: Sandbox, client: httpx.Client, fault: Fault, status: int, content_type: str, marker: str
) -> None:
    sandbox.inject(fault, method="GET")
    response = client.get("/v1/apps")
    assert (response.status_code, response.headers["Content-Type"]) == (status, content_type)
    assert marker in response.text
    assert sandbox.requests[-1].note == f"injected {fault}"


def test_q7_429_while_the_budget_is_still_high(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.inject(Fault.RATE_LIMITED)
    response = client.get("/v1/apps")
    assert response.status_code == 429
    error = response.json()["errors"][0]
    assert (error["code"], error["title"]) == (
        "RATE_LIMIT_EXCEEDED",
        "The request rate limit has been reached.",
    )
    assert response.headers["X-Rate-Limit"] == "user-hour-lim:3600;user-hour-rem:3600;"
    assert "Retry-After" not in response.headers


def test_standing_q6_and_q7_fail_every_nth_request_deterministically() -> None:
    with Sandbox(quirks="q6,q7", fault_every=3) as sandbox, authorized(sandbox) as client:
        statuses = [client.get("/v1/apps").status_code for _ in range(24)]
        failures = [status for status in statuses if status != 200]
        assert statuses[2::3] == failures  # every third request, and only those
        assert failures == [
            429,
            502,
            429,
            500,
            429,
            504,
            429,
            502,
        ]  # Q7 and Q6 take turns; Q6 cycles its shapes
        # Q6 never fails a POST (it is not safe to re-send); Q7 may.
        posts = [client.post("/v1/analyticsReportRequests", content=b"{}").status_code for _ in range(3)]
        assert posts == [422, 422, 429]


def test_standing_q6_spares_posts() -> None:
    with Sandbox(quirks="q6", fault_every=1) as sandbox, authorized(sandbox) as client:
        assert client.get("/v1/apps").status_code >= 500
        assert client.post("/v1/analyticsReportRequests", content=b"{}").status_code == 422


def test_injected_delay_then_a_normal_answer(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.inject(Fault.DELAY, delay=0.1)
    started = time.monotonic()
    assert client.get("/v1/apps").status_code == 200
    assert time.monotonic() - started >= 0.1


def test_a_fault_after_handling_lets_the_request_take_effect(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.inject(Fault.GATEWAY_TIMEOUT, method="POST", after_handling=True)
    body = {
        "data": {
            "type": "analyticsReportRequests",
            "attributes": {"accessType": "ONGOING"},
            "relationships": {"app": {"data": {"type": "apps", "id": sandbox.app_ids[1]}}},
        }
    }
    assert client.post("/v1/analyticsReportRequests", json=body).status_code == 504
    assert len(sandbox.ids("analyticsReportRequests", app=sandbox.app_ids[1])) == 1  # created all the same
    assert client.post("/v1/analyticsReportRequests", json=body).status_code == 409  # a blind re-send


def test_quirks_parse_and_refuse_unknown_names() -> None:
    assert Sandbox(quirks="Q1, q13").quirks == {Quirk.Q1, Quirk.Q13}
    assert Sandbox(quirks="all").quirks == set(Quirk)
    with pytest.raises(ValueError, match="unknown quirk"):
        Sandbox(quirks="q99")

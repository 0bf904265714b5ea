"""Retries run through the overlay's RetryPolicy: reads retried, writes never re-sent on doubt (Q6, Q17).

Apple's 429 carries `Retry-After` as a UNIX time in milliseconds (Q17; Apple's page "Identifying rate
limits", cited in apple/app-store-server-library-python PR 202); the stand-in answers like that.
"""

from __future__ import annotations

import time
from email.utils import formatdate

import httpx
import pytest
from doubles import FakeTime

from app_store_connect import RateLimitedError, RetryPolicy
from app_store_connect._retry import Attempt
from app_store_connect.server import (
    AsyncServerClient,
    Consumption,
    NotificationHistoryRequest,
    ServerClient,
    ServerInternalError,
    ServerRateLimitedError,
    WriteRetryPolicy,
)
from app_store_connect.server._transport import normalize_retry_after
from app_store_connect.server.sandbox import Fault, ServerSandbox

DELIVERED = Consumption(customer_consented=True, delivery_status="DELIVERED", sample_content_provided=False)


def _retry_after_ms(seconds: float) -> dict[str, str]:
    return {"Retry-After": str(int((time.time() + seconds) * 1000)), "Content-Type": "application/json"}


def _calls(stand_in: ServerSandbox, method: str) -> list[int]:
    return [request.status for request in stand_in.requests if request.method == method]


def test_q17_429_with_retry_after_in_epoch_milliseconds_waits_that_long(
    client: ServerClient, stand_in: ServerSandbox, fake_time: FakeTime
) -> None:
    stand_in.inject(
        Fault(429, b'{"errorCode": 4290000, "errorMessage": "Rate limit exceeded."}', _retry_after_ms(7))
    )
    client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    assert _calls(stand_in, "GET") == [429, 200]
    # seconds (the Date header has whole seconds, so up to one more), not 1.7e12
    assert len(fake_time.sleeps) == 1 and 6 <= fake_time.sleeps[0] <= 8.5


def test_q6_a_read_is_retried_on_5xx(
    client: ServerClient, stand_in: ServerSandbox, fake_time: FakeTime
) -> None:
    stand_in.inject(Fault(503), Fault(500))
    client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    assert _calls(stand_in, "GET") == [503, 500, 200]
    assert len(fake_time.sleeps) == 2


def test_q6_notification_history_is_a_read_though_sent_as_post(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    stand_in.inject(Fault(503, method="POST"))
    now = int(time.time() * 1000)
    answer = client.get_notification_history(
        None, NotificationHistoryRequest(startDate=now - 86_400_000, endDate=now)
    )
    assert answer.notificationHistory
    assert _calls(stand_in, "POST") == [503, 200]


def test_q6_send_consumption_information_is_never_re_sent_after_a_5xx(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[0]
    stand_in.inject(Fault(500, method="PUT"))
    with pytest.raises(ServerInternalError, match="not re-sent: it may have taken effect"):
        client.send_consumption(transaction_id, DELIVERED)
    assert _calls(stand_in, "PUT") == [500]


def test_q17_a_write_answered_429_is_sent_again_after_the_wait(
    client: ServerClient, stand_in: ServerSandbox, fake_time: FakeTime
) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[0]
    stand_in.inject(Fault(429, headers=_retry_after_ms(3), method="PUT"))  # 429: it was not processed
    client.send_consumption(transaction_id, DELIVERED)
    assert _calls(stand_in, "PUT") == [429, 202]
    assert stand_in.consumption[transaction_id]["deliveryStatus"] == "DELIVERED"


def test_the_clients_retry_policy_is_the_one_that_decides(
    stand_in: ServerSandbox, fake_time: FakeTime
) -> None:
    policy = RetryPolicy(attempts=2)
    with ServerClient(
        stand_in.key, environment="sandbox", base_urls=stand_in.base_urls, retry=policy, sleep=fake_time.sleep
    ) as client:
        stand_in.inject(Fault(503), Fault(503), Fault(503))
        with pytest.raises(ServerInternalError):
            client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    assert _calls(stand_in, "GET") == [503, 503]


def test_q7_a_429_too_long_to_wait_is_raised_with_its_wait(
    stand_in: ServerSandbox, client: ServerClient
) -> None:
    stand_in.inject(
        Fault(429, b'{"errorCode": 4290000, "errorMessage": "Rate limit exceeded."}', _retry_after_ms(3600))
    )
    with pytest.raises(ServerRateLimitedError) as caught:
        client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    assert isinstance(caught.value, RateLimitedError) and caught.value.error_code == 4290000
    assert caught.value.retry_after is not None and 3500 < caught.value.retry_after <= 3601


@pytest.mark.parametrize(
    ("outcome", "retried"),
    [
        (httpx.Response(503), False),
        (httpx.Response(500), False),
        (httpx.ReadTimeout("slow"), False),
        (httpx.RemoteProtocolError("cut"), False),
        (httpx.Response(429, headers={"Retry-After": "1"}), True),
        (httpx.ConnectError("refused"), True),
    ],
)
def test_q6_writes_go_again_only_when_surely_not_processed(
    outcome: httpx.Response | Exception, retried: bool
) -> None:
    policy = WriteRetryPolicy.of(RetryPolicy(random=lambda: 0.0))
    # PUT is idempotent for RetryPolicy; for this API's writes it is not (Send Consumption Information).
    assert policy.decide(Attempt("PUT", 1, 0.0), outcome, now=0.0).retry is retried


def test_write_policy_keeps_the_limits_of_the_policy_it_is_made_from() -> None:
    policy = RetryPolicy(attempts=7, budget=9.0, backoff=0.1, max_retry_after=30.0)
    writes = WriteRetryPolicy.of(policy)
    assert (writes.attempts, writes.budget, writes.backoff, writes.max_retry_after) == (7, 9.0, 0.1, 30.0)


@pytest.mark.anyio
async def test_q6_async_reads_retried_and_writes_not(
    async_client: AsyncServerClient, stand_in: ServerSandbox, fake_time: FakeTime
) -> None:
    transaction_id = stand_in.transaction_ids("sandbox")[0]
    stand_in.inject(Fault(429, headers=_retry_after_ms(2)), Fault(502))
    assert (await async_client.get_transaction_info(transaction_id)).signedTransactionInfo
    stand_in.inject(Fault(503, method="PUT"))
    with pytest.raises(ServerInternalError):
        await async_client.send_consumption(transaction_id, DELIVERED)
    assert _calls(stand_in, "GET") == [429, 502, 200]
    assert _calls(stand_in, "PUT") == [503]
    assert len(fake_time.sleeps) == 2


def test_q17_epoch_milliseconds_are_measured_against_the_servers_date() -> None:
    server_now = 1_800_000_000.0
    headers = {"Retry-After": str(int((server_now + 30) * 1000)), "Date": formatdate(server_now, usegmt=True)}
    response = httpx.Response(429, headers=headers)
    normalize_retry_after(response, now=server_now - 600)  # the local clock ten minutes behind
    assert response.headers["retry-after"] == "30"
    seconds = httpx.Response(429, headers={"Retry-After": "12"})
    normalize_retry_after(seconds, now=server_now)
    assert seconds.headers["retry-after"] == "12"  # delta-seconds stay as they are

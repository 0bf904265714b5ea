"""Transaction and notification history: every entry once, and never a silent short list."""

from __future__ import annotations

import json
import time

import pytest

from app_store_connect.server import (
    AsyncServerClient,
    HistoryIncompleteError,
    NotificationHistoryRequest,
    ServerClient,
    TransactionHistoryRequest,
    Verifier,
)
from app_store_connect.server.sandbox import Fault, ServerSandbox


def _window() -> NotificationHistoryRequest:
    now = int(time.time() * 1000)
    return NotificationHistoryRequest(startDate=now - 7 * 86_400_000, endDate=now)


def test_transaction_history_walks_every_page_once(
    client: ServerClient, stand_in: ServerSandbox, verifier: Verifier
) -> None:
    history = client.transaction_history(stand_in.transaction_ids("sandbox")[0])
    ids = [verifier.verify_and_decode_signed_transaction(signed).transactionId for signed in history]
    assert ids == stand_in.transaction_ids("sandbox")  # 45 = 20 + 20 + 5, in order, none twice
    assert history.pages == 3 and history.resume_token
    assert len(list(history)) == 45  # a second walk starts afresh


def test_the_same_filters_go_with_every_page(client: ServerClient, stand_in: ServerSandbox) -> None:
    request = TransactionHistoryRequest(productIds=["com.example.standin.coins"])
    list(client.transaction_history(stand_in.transaction_ids("sandbox")[0], request))
    queries = [entry.query for entry in stand_in.requests if "/history/" in entry.path]
    assert len(queries) == 3 and all("productId=com.example.standin.coins" in query for query in queries)


def test_resuming_from_the_last_revision_returns_only_what_is_new(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    original = stand_in.transaction_ids("sandbox")[0]
    first = client.transaction_history(original)
    list(first)
    again = client.transaction_history(original, revision=first.resume_token)
    assert list(again) == [] and again.pages == 1


def test_q1_has_more_without_a_token_raises_after_the_entries_so_far(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    original = stand_in.transaction_ids("sandbox")[0]
    page = {"hasMore": True, "signedTransactions": ["a.b.c"], "environment": "Sandbox"}
    stand_in.inject(Fault(200, json.dumps(page).encode(), {"Content-Type": "application/json"}))
    seen: list[str] = []
    with pytest.raises(HistoryIncompleteError, match="gave no token") as caught:
        seen.extend(client.transaction_history(original, revision=None))
    assert seen == ["a.b.c"] and caught.value.resume_token is None


def test_q2_a_repeated_token_raises_instead_of_looping(client: ServerClient, stand_in: ServerSandbox) -> None:
    page = {"hasMore": True, "revision": "same", "signedTransactions": ["a.b.c"]}
    body = json.dumps(page).encode()
    stand_in.inject(*[Fault(200, body, {"Content-Type": "application/json"})] * 2)
    history = client.transaction_history(stand_in.transaction_ids("sandbox")[0])
    with pytest.raises(HistoryIncompleteError, match="repeated a token") as caught:
        list(history)
    assert caught.value.resume_token == "same" and history.pages == 2


def test_notification_history_walks_every_page(client: ServerClient, verifier: Verifier) -> None:
    history = client.notification_history(_window())
    payloads = [verifier.verify_and_decode_notification(item.signedPayload or "") for item in history]
    assert len(payloads) == 25 and history.pages == 2
    assert len({payload.notificationUUID for payload in payloads}) == 25


@pytest.mark.anyio
async def test_async_histories_walk_every_page(
    async_client: AsyncServerClient, stand_in: ServerSandbox
) -> None:
    transactions = [
        signed async for signed in async_client.transaction_history(stand_in.transaction_ids("sandbox")[0])
    ]
    notifications = [item async for item in async_client.notification_history(_window())]
    assert (len(transactions), len(notifications)) == (45, 25)


@pytest.mark.anyio
async def test_async_history_raises_on_a_missing_token(
    async_client: AsyncServerClient, stand_in: ServerSandbox
) -> None:
    stand_in.inject(
        Fault(200, b'{"hasMore": true, "notificationHistory": []}', {"Content-Type": "application/json"})
    )
    with pytest.raises(HistoryIncompleteError):
        [item async for item in async_client.notification_history(_window())]


def test_refund_history_walks_every_page(
    client: ServerClient, stand_in: ServerSandbox, verifier: Verifier
) -> None:
    history = client.refund_history(stand_in.transaction_ids("sandbox")[0])
    refunded = [verifier.verify_and_decode_signed_transaction(signed) for signed in history]
    assert len(refunded) == 22 and history.pages == 2
    assert all(transaction.revocationDate for transaction in refunded)


@pytest.mark.anyio
async def test_async_refund_history(async_client: AsyncServerClient, stand_in: ServerSandbox) -> None:
    history = async_client.refund_history(stand_in.transaction_ids("sandbox")[0])
    assert len([signed async for signed in history]) == 22 and history.pages == 2

"""W1: Apple's `x-apple-signature: hmacsha256=<hex>` over the raw body, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from app_store_connect import AppStoreConnectError
from app_store_connect.webhooks import (
    SIGNATURE_HEADER,
    AppStoreVersionStateUpdated,
    BuildUploadStateUpdated,
    Ping,
    UnknownEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_event,
    signature,
    verify_signature,
)

SECRET = "my_secret_string"  # as in Apple's "Configuring and parsing ... webhook notifications"
# Shaped as Apple documents it (Understanding webhook events) and public receivers read it
# (techinpark/appstore-status-webhook lib/types): data.type, id, version, attributes, relationships.instance.
VERSION_EVENT = (
    b'{"data":{"type":"appStoreVersionAppVersionStateUpdated","id":"6f0a8c2e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",'
    b'"version":1,"attributes":{"oldValue":"WAITING_FOR_REVIEW","newValue":"IN_REVIEW",'
    b'"timestamp":"2025-06-10T17:02:11.123Z"},"relationships":{"instance":{"data":'
    b'{"type":"appStoreVersions","id":"409ebefb-ebd1-4f1a-903d-6ba16e013ebf"}}}}}'
)


def test_w1_the_header_is_hmac_sha256_hex_of_the_raw_body() -> None:
    expected = hmac.new(SECRET.encode(), VERSION_EVENT, hashlib.sha256).hexdigest()

    assert SIGNATURE_HEADER == "x-apple-signature"
    assert signature(VERSION_EVENT, SECRET) == f"hmacsha256={expected}"
    verify_signature(VERSION_EVENT, f"hmacsha256={expected}", SECRET)
    verify_signature(VERSION_EVENT, expected.upper(), SECRET)  # without the prefix, any case


@pytest.mark.parametrize(
    ("body", "header", "secret", "says"),
    [
        (VERSION_EVENT, None, SECRET, "has no x-apple-signature header"),
        (VERSION_EVENT, signature(VERSION_EVENT, "another secret"), SECRET, "does not match the body"),
        (VERSION_EVENT + b" ", signature(VERSION_EVENT, SECRET), SECRET, "does not match the body"),
        (
            json.dumps(json.loads(VERSION_EVENT)).encode(),
            signature(VERSION_EVENT, SECRET),
            SECRET,
            "raw bytes",
        ),
        (VERSION_EVENT, signature(VERSION_EVENT, SECRET), "", "no webhook secret"),
    ],
)
def test_w1_a_signature_that_does_not_verify_is_refused(
    body: bytes, header: str | None, secret: str, says: str
) -> None:
    with pytest.raises(WebhookSignatureError, match=says) as caught:
        verify_signature(body, header, secret)
    assert isinstance(caught.value, AppStoreConnectError)


def test_w1_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    with pytest.raises(WebhookSignatureError):
        verify_signature(VERSION_EVENT, "hmacsha256=00", SECRET)
    assert len(compared) == 1


def test_events_are_typed_and_unknown_types_kept() -> None:
    event = parse_event(VERSION_EVENT)

    assert isinstance(event, AppStoreVersionStateUpdated)
    assert (event.old_value, event.new_value) == ("WAITING_FOR_REVIEW", "IN_REVIEW")
    assert (event.instance_type, event.instance_id) == (
        "appStoreVersions",
        "409ebefb-ebd1-4f1a-903d-6ba16e013ebf",
    )
    assert event.timestamp is not None and event.timestamp.year == 2025
    build = parse_event(
        {"data": {"type": "buildUploadStateUpdated", "id": "1", "attributes": {"newValue": "COMPLETE"}}}
    )
    assert isinstance(build, BuildUploadStateUpdated) and build.new_value == "COMPLETE"
    assert isinstance(parse_event('{"data":{"type":"webhookPingCreated","id":"p"}}'), Ping)
    future = parse_event(b'{"data":{"type":"somethingAppleAddsLater","id":"x","attributes":{"new":1}}}')
    assert isinstance(future, UnknownEvent)
    assert future.raw["attributes"] == {"new": 1}


@pytest.mark.parametrize("body", [b"<html>", b"[]", b'{"data": {"id": "no type"}}'])
def test_a_body_that_is_not_an_event_is_a_clear_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_event(body)

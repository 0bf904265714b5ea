"""The whole loop against the sandbox: a webhook made through the generated API, signed deliveries of
pings, build processing and review states, verified by the receiver; list, deliveries and delete."""

from __future__ import annotations

import time

import pytest
from webhook_support import SECRET, Served

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect, ConfigurationError
from app_store_connect.sandbox import Sandbox
from app_store_connect.webhooks import (
    AppStoreVersionStateUpdated,
    BuildUploadStateUpdated,
    Ping,
    async_create_webhook,
    async_list_webhooks,
    create_webhook,
    delete_webhook,
    list_deliveries,
    list_webhooks,
    ping_webhook,
)
from app_store_connect.workflows import BuildProcessingError, WaitOptions, distribute, submit
from app_store_connect_api.models.webhook_delivery import WebhookDelivery

EVENTS = ["BUILD_UPLOAD_STATE_UPDATED", "APP_STORE_VERSION_APP_VERSION_STATE_UPDATED"]


def test_a_ping_arrives_signed_and_is_recorded_as_a_delivery(
    sandbox: Sandbox, asc: AppStoreConnect, served: Served
) -> None:
    app = sandbox.app_ids[0]
    hook = create_webhook(asc, app, served.url, SECRET, EVENTS, name="CI")

    ping_webhook(asc, hook.id)

    event = served.receiver.events.get(timeout=5)
    assert isinstance(event, Ping)
    assert [item.id for item in list_webhooks(asc, app)] == [hook.id]
    deliveries = _deliveries(asc, hook.id, 1)
    assert deliveries[0].attributes.delivery_state == "SUCCEEDED"
    assert deliveries[0].attributes.response.http_status_code == 200
    raw = asc.request("GET", f"/v1/webhooks/{hook.id}").text
    assert SECRET not in raw  # Apple never shows the secret again; neither does the sandbox


def test_build_processing_and_review_states_are_delivered(
    sandbox: Sandbox, asc: AppStoreConnect, served: Served
) -> None:
    app = sandbox.app_ids[0]
    create_webhook(asc, app, served.url, SECRET, EVENTS)
    build = sandbox.ids("builds", app=app)[-1]

    distribute(asc, build, groups=["Internal Testers"], wait=WaitOptions(poll_interval=0.001))
    version = asc.request("GET", f"/v1/builds/{build}/preReleaseVersion").json()["data"]["attributes"][
        "version"
    ]
    number = asc.request("GET", f"/v1/builds/{build}").json()["data"]["attributes"]["version"]
    submit(asc, app, version, number)

    processed = served.receiver.events.get(timeout=5)
    assert isinstance(processed, BuildUploadStateUpdated)
    assert (processed.instance_id, processed.old_value, processed.new_value) == (build, "PROCESSING", "VALID")
    submitted = served.receiver.events.get(timeout=5)
    assert isinstance(submitted, AppStoreVersionStateUpdated)
    assert (submitted.old_value, submitted.new_value) == ("PREPARE_FOR_SUBMISSION", "WAITING_FOR_REVIEW")


def test_an_invalid_build_is_delivered_and_a_bad_secret_is_refused(
    sandbox: Sandbox, asc: AppStoreConnect, served: Served
) -> None:
    app = sandbox.app_ids[0]
    hook = create_webhook(asc, app, served.url, "another secret!", EVENTS)
    build = sandbox.ids("builds", app=app)[-1]
    sandbox.fail_processing(build, ("ITMS-90062", "This bundle is invalid."))

    with pytest.raises(BuildProcessingError):
        distribute(asc, build, wait=WaitOptions(poll_interval=0.001))

    deliveries = _deliveries(asc, hook.id, 1)
    assert deliveries[0].attributes.delivery_state == "FAILED"  # our receiver has another secret: 401
    assert deliveries[0].attributes.response.http_status_code == 401
    assert served.receiver.events.empty()
    delete_webhook(asc, hook.id)
    assert list_webhooks(asc, app) == []


def test_bad_webhook_arguments_are_refused_before_any_request(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app = sandbox.app_ids[0]
    with pytest.raises(ConfigurationError, match="http"):
        create_webhook(asc, app, "ftp://example.com", SECRET, EVENTS)
    with pytest.raises(ConfigurationError, match="at least 8"):
        create_webhook(asc, app, "https://example.com", "short", EVENTS)
    with pytest.raises(ConfigurationError, match="BUILD_UPLOAD_STATE_UPDATED"):
        create_webhook(asc, app, "https://example.com", SECRET, ["BUILD_DONE"])
    assert [entry for entry in sandbox.requests if entry.request.method != "GET"] == []


@pytest.mark.anyio
async def test_async_management(sandbox: Sandbox, served: Served) -> None:
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
    async with AsyncAppStoreConnect(key, base_url=sandbox.base_url) as asc:
        hook = await async_create_webhook(asc, sandbox.app_ids[1], served.url, SECRET, EVENTS)
        assert [item.id for item in await async_list_webhooks(asc, sandbox.app_ids[1])] == [hook.id]


def _deliveries(asc: AppStoreConnect, webhook_id: str, count: int) -> list[WebhookDelivery]:
    """The webhook's deliveries once `count` are recorded (they are sent from a thread)."""
    deadline = time.monotonic() + 5
    while len(found := list_deliveries(asc, webhook_id)) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return found

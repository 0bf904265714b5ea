"""Signed webhook deliveries: the account's webhooks hear about build processing, App Store version
states and pings, as App Store Connect sends them.

A delivery is an HTTP POST of `{"data": {"type": "<event>", "id", "version": 1, "attributes": {"oldValue",
"newValue", "timestamp"}, "relationships": {"instance": {"data": {"type", "id"}}}}}` with the header
`x-apple-signature: hmacsha256=<hex>`, the HMAC-SHA256 of the raw body under the webhook's secret
(Apple's "Configuring and parsing App Store Connect API webhook notifications"; the `hmacsha256=` form
as receivers in public projects check it, e.g. techinpark/appstore-status-webhook). Each is recorded as
a `webhookDeliveries` resource of its webhook. Deliveries leave from one background thread, in order,
so an API answer never waits for a receiver; only receivers on this machine get them. This module
imports nothing of the client.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ._clock import apple_datetime
from ._context import Context
from ._resources import Guard, Resources
from ._seed import Ids
from ._store import Resource, link_ids

logger = logging.getLogger("app_store_connect.sandbox")

SIGNATURE_HEADER = "x-apple-signature"
BUILD_EVENT = "BUILD_UPLOAD_STATE_UPDATED"
VERSION_EVENT = "APP_STORE_VERSION_APP_VERSION_STATE_UPDATED"
_PAYLOAD_TYPES = {
    BUILD_EVENT: "buildUploadStateUpdated",
    VERSION_EVENT: "appStoreVersionAppVersionStateUpdated",
}
PING_TYPE = "webhookPingCreated"
_TIMEOUT = 5.0
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

Observer = Callable[[Resource], None]


@dataclass(frozen=True)
class _Delivery:
    webhook: Resource
    body: bytes


def sign(secret: str, body: bytes) -> str:
    """The `x-apple-signature` value for `body`."""
    return "hmacsha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Webhooks:
    """The deliveries of one sandbox: watches state changes, signs and posts events, records them."""

    def __init__(self, context: Context, ids: Ids) -> None:
        self._context = context
        self._ids = ids
        self._outbox: queue.Queue[_Delivery | None] = queue.Queue()
        self._sender: threading.Thread | None = None
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}  # by webhook id; never in a response, as at Apple
        context.store.mark_seeded("webhooks", "webhookDeliveries")  # an account starts without any

    def install(self, resources: Resources) -> None:
        """Watch the state machines (installed before) and serve pings."""
        observers = self._context.observers
        builds = observers.get("builds")
        submissions = observers.get("reviewSubmissions")
        if builds is not None:
            observers["builds"] = self._watching(builds, self._build_states)
        if submissions is not None:
            observers["reviewSubmissions"] = self._watching(submissions, self._version_states)
        for guards, type_ in (
            (resources.update_guards, "reviewSubmissions"),
            (resources.create_guards, "appStoreVersionReleaseRequests"),
        ):
            if (guard := guards.get(type_)) is not None:
                guards[type_] = self._watching_guard(guard)
        resources.create_guards["webhookPings"] = self._ping
        resources.create_guards["webhooks"] = resources.update_guards["webhooks"] = self._keep_secret

    def stop(self) -> None:
        """Let the queued deliveries go out, then end the sender thread."""
        with self._lock:
            sender, self._sender = self._sender, None
        if sender is not None:
            self._outbox.put(None)
            sender.join()

    def _keep_secret(
        self, context: Context, webhook: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        if (secret := attributes.pop("secret", None)) is not None:
            webhook.attributes.pop("secret", None)
            self._secrets[webhook.id] = str(secret)

    # What changed

    def _watching(
        self, observe: Observer, states: Callable[[Resource], dict[tuple[str, str], Any]]
    ) -> Observer:
        def watched(resource: Resource) -> None:
            before = states(resource)
            observe(resource)
            self._changed(before, states(resource))

        return watched

    def _watching_guard(self, guard: Guard) -> Guard:
        def watched(
            context: Context, resource: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
        ) -> None:
            app_id = self._app_of(resource, linked)
            before = self._versions_of(app_id)
            guard(context, resource, attributes, linked)
            self._changed(before, self._versions_of(app_id))

        return watched

    def _build_states(self, build: Resource) -> dict[tuple[str, str], Any]:
        return {(BUILD_EVENT, build.id): build.attributes.get("processingState")}

    def _version_states(self, submission: Resource) -> dict[tuple[str, str], Any]:
        return self._versions_of(str(submission.links.get("app")))

    def _app_of(self, resource: Resource, linked: dict[str, list[str]]) -> str:
        """The app of a submission, or of the version a release request names."""
        if resource.links.get("app"):
            return str(resource.links["app"])
        version = self._context.store.get("appStoreVersions", (linked.get("appStoreVersion") or [""])[0])
        return str(version.links.get("app")) if version is not None else ""

    def _versions_of(self, app_id: str) -> dict[tuple[str, str], Any]:
        return {
            (VERSION_EVENT, version.id): version.attributes.get("appVersionState")
            for version in self._context.store.where("appStoreVersions", app=app_id)
        }

    def _changed(self, before: dict[tuple[str, str], Any], after: dict[tuple[str, str], Any]) -> None:
        for (event, id_), new in after.items():
            old = before.get((event, id_))
            if old != new:
                instance = self._context.store.get(
                    "builds" if event == BUILD_EVENT else "appStoreVersions", id_
                )
                if instance is not None:
                    self._event(event, instance, old, new)

    # Deliveries

    def _event(self, event: str, instance: Resource, old: Any, new: Any) -> None:
        app_id = str(instance.links.get("app"))
        for webhook in self._context.store.where("webhooks", app=app_id):
            attributes = webhook.attributes
            if attributes.get("enabled") and event in (attributes.get("eventTypes") or ()):
                payload = {
                    "type": _PAYLOAD_TYPES[event],
                    "id": self._ids.uuid(),
                    "version": 1,
                    "attributes": {"oldValue": old, "newValue": new, "timestamp": self._now()},
                    "relationships": {"instance": {"data": {"type": instance.type, "id": instance.id}}},
                }
                self._send(webhook, payload)

    def _ping(
        self, context: Context, ping: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        webhook = context.store.require("webhooks", linked["webhook"][0], "/data/relationships/webhook")
        payload = {"type": PING_TYPE, "id": ping.id, "version": 1, "attributes": {"timestamp": self._now()}}
        self._send(webhook, payload)

    def _send(self, webhook: Resource, payload: dict[str, Any]) -> None:
        body = json.dumps({"data": payload}, separators=(",", ":")).encode()
        with self._lock:
            if self._sender is None:
                self._sender = threading.Thread(
                    target=self._deliver_all, name="sandbox webhooks", daemon=True
                )
                self._sender.start()
        self._outbox.put(_Delivery(webhook, body))

    def _deliver_all(self) -> None:
        while (delivery := self._outbox.get()) is not None:
            self._deliver(delivery)

    def _deliver(self, delivery: _Delivery) -> None:
        webhook = delivery.webhook
        url = str(webhook.attributes.get("url"))
        secret = self._secrets.get(webhook.id, "")
        request = urllib.request.Request(
            url,
            data=delivery.body,
            method="POST",
            headers={"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, delivery.body)},
        )
        sent = self._now()
        status, error = None, None
        try:
            if urllib.parse.urlsplit(url).hostname not in _LOCAL_HOSTS:
                raise OSError("the sandbox delivers only to this machine (127.0.0.1, localhost, ::1)")
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as answer:
                status = answer.status
        except urllib.error.HTTPError as refused:
            status, error = refused.code, f"the receiver answered {refused.code}"
        except OSError as failure:
            error = f"could not reach {url}: {failure}"
            logger.info("webhook delivery to %s failed: %s", url, failure)
        attributes = {
            "createdDate": sent,
            "sentDate": sent,
            "deliveryState": "SUCCEEDED" if status is not None and 200 <= status < 300 else "FAILED",
            "redelivery": False,
            "request": {"url": url},
            "response": {"httpStatusCode": status} if status is not None else {},
        }
        if error is not None:
            attributes["errorMessage"] = error
        record = Resource("webhookDeliveries", self._ids.uuid(), attributes, {"webhook": webhook.id})
        with self._context.store.locked():
            self._context.store.add(record)
            webhook.links["deliveries"] = [record.id, *link_ids(webhook.links.get("deliveries"))]

    def _now(self) -> str:
        return apple_datetime(datetime.fromtimestamp(self._context.clock.now(), UTC))

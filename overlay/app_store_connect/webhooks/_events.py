"""Typed webhook events: the `data` of a delivery as one class per event type, unknown types kept.

A delivery is `{"data": {"type", "id", "version", "attributes": {...}, "relationships": {"instance":
{"data": {"type", "id"}}}}}` (Apple's "Understanding webhook events"). State changes carry `oldValue`,
`newValue` and `timestamp`; an event type this library does not know becomes an `UnknownEvent` with its
raw document, never an error (as S1 keeps unknown enum values).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dateutil.parser import isoparse

from ._errors import WebhookPayloadError


@dataclass(frozen=True)
class WebhookEvent:
    """What every event has: its payload `type`, `id`, the resource it is about, and the raw `data`."""

    type: str
    id: str
    timestamp: datetime | None
    instance_type: str | None
    instance_id: str | None
    raw: Mapping[str, Any] = field(repr=False)


@dataclass(frozen=True)
class StateChange(WebhookEvent):
    """A state moved from `old_value` to `new_value`."""

    old_value: str | None = None
    new_value: str | None = None


@dataclass(frozen=True)
class AppStoreVersionStateUpdated(StateChange):
    """`APP_STORE_VERSION_APP_VERSION_STATE_UPDATED`: a version's state (review, release) changed."""


@dataclass(frozen=True)
class BuildUploadStateUpdated(StateChange):
    """`BUILD_UPLOAD_STATE_UPDATED`: a build's upload or processing state changed."""


@dataclass(frozen=True)
class BuildBetaStateUpdated(StateChange):
    """`BUILD_BETA_DETAIL_EXTERNAL_BUILD_STATE_UPDATED`: a build's external TestFlight state changed."""


@dataclass(frozen=True)
class BetaFeedbackCreated(WebhookEvent):
    """`BETA_FEEDBACK_CRASH_SUBMISSION_CREATED` or `..._SCREENSHOT_SUBMISSION_CREATED`: a tester's report."""


@dataclass(frozen=True)
class Ping(WebhookEvent):
    """A test delivery asked for with a webhook ping."""


@dataclass(frozen=True)
class UnknownEvent(WebhookEvent):
    """An event type this library does not know yet: kept whole in `raw`."""


_TYPES: dict[str, type[WebhookEvent]] = {
    "appStoreVersionAppVersionStateUpdated": AppStoreVersionStateUpdated,
    "buildUploadStateUpdated": BuildUploadStateUpdated,
    "buildBetaDetailExternalBuildStateUpdated": BuildBetaStateUpdated,
    "betaFeedbackCrashSubmissionCreated": BetaFeedbackCreated,
    "betaFeedbackScreenshotSubmissionCreated": BetaFeedbackCreated,
    "webhookPingCreated": Ping,
}


def parse_event(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The typed event of a delivery body (verify its signature first: `verify_signature`)."""
    try:
        document = json.loads(body) if isinstance(body, bytes | str) else body
    except ValueError as error:
        raise WebhookPayloadError(f"the body is not JSON: {error}") from None
    data = document.get("data") if isinstance(document, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(data.get("type"), str):
        raise WebhookPayloadError(
            'the body has no "data" object with a "type": not an App Store Connect event'
        )
    attributes = _mapping(data.get("attributes"))
    instance = _mapping(_mapping(_mapping(data.get("relationships")).get("instance")).get("data"))
    kind = _TYPES.get(data["type"], UnknownEvent)
    common: dict[str, Any] = {
        "type": data["type"],
        "id": str(data.get("id", "")),
        "timestamp": _moment(attributes.get("timestamp")),
        "instance_type": instance.get("type"),
        "instance_id": instance.get("id"),
        "raw": data,
    }
    if issubclass(kind, StateChange):
        common.update(old_value=attributes.get("oldValue"), new_value=attributes.get("newValue"))
    return kind(**common)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return isoparse(value)
    except ValueError:
        return None

"""Errors of webhook receiving, under the library's `AppStoreConnectError`."""

from __future__ import annotations

from .._errors import AppStoreConnectError


class WebhookError(AppStoreConnectError):
    """A webhook request could not be accepted."""


class WebhookSignatureError(WebhookError):
    """The signature header is missing or does not sign the body with the secret (answer 401)."""


class WebhookPayloadError(WebhookError):
    """The body is not an App Store Connect event document (answer 400)."""

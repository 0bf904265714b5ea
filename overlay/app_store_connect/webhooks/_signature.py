"""Apple's webhook signature: `x-apple-signature: hmacsha256=<hex>`, the HMAC-SHA256 of the raw request
body under the webhook's secret.

Evidence: Apple, "Configuring and parsing App Store Connect API webhook notifications" (the header
`x-apple-signature`, HMAC with the secret given at creation); the `hmacsha256=` prefix and hex digest as
public receivers check it (techinpark/appstore-status-webhook, lib/utils/signature.ts). See QUIRKS.md W1.
"""

from __future__ import annotations

import hashlib
import hmac

from ._errors import WebhookSignatureError

SIGNATURE_HEADER = "x-apple-signature"
_PREFIX = "hmacsha256="


def signature(body: bytes, secret: str | bytes) -> str:
    """The header value App Store Connect sends with `body`."""
    return _PREFIX + hmac.new(_bytes(secret), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, secret: str | bytes) -> None:
    """Raise `WebhookSignatureError` unless `header` signs exactly `body` (the raw bytes received) under
    `secret`; the comparison takes the same time wherever the digests differ."""
    if not secret:
        raise WebhookSignatureError(
            "no webhook secret to check the signature with: pass the one the webhook was made with"
        )
    if not header:
        raise WebhookSignatureError(
            f"the request has no {SIGNATURE_HEADER} header: it is not from App Store Connect"
        )
    given = header.strip()
    if given[: len(_PREFIX)].lower() == _PREFIX:
        given = given[len(_PREFIX) :]
    expected = hmac.new(_bytes(secret), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), given.lower().encode()):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header does not match the body: another secret, or a body changed "
            "on the way (verify the raw bytes, before any JSON parsing)"
        )


def _bytes(secret: str | bytes) -> bytes:
    return secret.encode() if isinstance(secret, str) else secret

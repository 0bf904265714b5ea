"""Scrubbing applied by code whenever a cassette is recorded (tests/conftest.py wires it into VCR).

Maintainers re-record against the live API with a real key (see README, "Recording cassettes");
what reaches disk never holds a credential or personal data: tokens and cookies are dropped,
presigned URL signatures redacted (Q13), emails and people's names replaced; the cassette is
labelled as recorded live.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from vcr.persisters.filesystem import FilesystemPersister
from vcr.serialize import serialize

REDACTED = "REDACTED"
SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-apple-jwt"})
PERSONAL_ATTRIBUTES = frozenset({"firstName", "lastName", "email", "username"})
_SIGNED_QUERY = re.compile(
    r"((?:X-Amz-(?:Signature|Credential|Security-Token)|Signature|sig)=)[^&\s\"'\\]+", re.I
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"Bearer\s+[A-Za-z0-9._~+/=-]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)


def scrub_text(text: str) -> str:
    """Redact credentials and emails in free text (URLs, HTML pages, log lines)."""
    text = _PEM.sub(REDACTED, text)
    text = _JWT.sub(REDACTED, text)
    text = _BEARER.sub(f"Bearer {REDACTED}", text)
    text = _SIGNED_QUERY.sub(rf"\g<1>{REDACTED}", text)
    return _EMAIL.sub("person@example.com", text)


def scrub_json(value: Any, key: str | None = None) -> Any:
    """Scrub a decoded JSON document: personal attributes replaced, every string scrubbed."""
    if isinstance(value, dict):
        return {name: scrub_json(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [scrub_json(item) for item in value]
    if isinstance(value, str):
        if key in PERSONAL_ATTRIBUTES:
            return "person@example.com" if key == "email" else REDACTED
        return scrub_text(value)
    return value


def scrub_body(body: bytes | str | None) -> bytes | str | None:
    """JSON bodies are scrubbed structurally, text bodies by pattern; binary bodies (gzip) are kept."""
    if body is None:
        return None
    raw = body if isinstance(body, bytes) else body.encode()
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        return body
    try:
        cleaned = json.dumps(scrub_json(json.loads(text)), separators=(",", ":"))
    except ValueError:
        cleaned = scrub_text(text)
    return cleaned.encode() if isinstance(body, bytes) else cleaned


def scrub_request(request: Any) -> Any:
    """VCR `before_record_request`: no credential in headers, URL or body."""
    for name in list(request.headers):
        if name.lower() in SENSITIVE_HEADERS:
            del request.headers[name]
    request.uri = scrub_text(request.uri)
    request.body = scrub_body(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """VCR `before_record_response`: drop cookies, scrub headers that carry URLs, and the body."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SENSITIVE_HEADERS:
            del headers[name]
        else:
            headers[name] = [scrub_text(value) for value in headers[name]]
    body = response.get("body", {})
    if "string" in body:
        body["string"] = scrub_body(body["string"])
    return response


class LabelledPersister:
    """Loads through VCR's persister as configured; saves with the provenance line cassettes start with."""

    def __init__(self, inner: Any = FilesystemPersister) -> None:
        self._inner = inner

    def load_cassette(self, cassette_path: str | Path, serializer: Any) -> Any:
        return self._inner.load_cassette(cassette_path, serializer=serializer)

    def save_cassette(
        self, cassette_path: str | Path, cassette_dict: dict[str, Any], serializer: Any
    ) -> None:
        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        label = f"# recorded live {date.today().isoformat()}; scrubbed by tests/recording.py\n"
        path.write_text(label + serialize(cassette_dict, serializer))

"""The second listener: a presigned object host like S3 (Q13), for upload parts and analytics files.

URLs are signed with HMAC and expire; a request that also carries an `Authorization` header is refused
with 400, as S3 refuses a second authentication mechanism.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlencode
from xml.sax.saxutils import escape

from ._clock import Clock
from ._http import Request, Response, error_id

AMZ_DATE = "%Y%m%dT%H%M%SZ"

# A part sink gets the bytes of one PUT and answers an error message, or None when it accepted them.
PartSink = Callable[[bytes], str | None]


@dataclass(frozen=True)
class _Object:
    method: str
    data: bytes | None = None
    sink: PartSink | None = None


def s3_error(status: int, code: str, message: str) -> Response:
    """An S3-style XML error document."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{escape(message)}</Message>"
        f"<RequestId>{error_id()[:16]}</RequestId></Error>"
    )
    return Response(status, body.encode(), "application/xml")


class PresignedHost:
    """Signs URLs for objects and serves them: GET for downloads, PUT into a sink for upload parts."""

    def __init__(self, secret: bytes, clock: Clock) -> None:
        self._secret = secret
        self._clock = clock
        self._objects: dict[str, _Object] = {}
        self._lock = threading.Lock()
        self.base_url = ""

    def publish(self, key: str, data: bytes) -> None:
        """Make `data` downloadable at `key`."""
        with self._lock:
            self._objects[key] = _Object("GET", data=data)

    def accept(self, key: str, sink: PartSink) -> None:
        """Accept PUTs at `key`, handing their bodies to `sink`."""
        with self._lock:
            self._objects[key] = _Object("PUT", sink=sink)

    def url(self, method: str, key: str, expires: int) -> str:
        """A presigned URL for `method` on `key`, valid for `expires` seconds from now."""
        amz_date = datetime.fromtimestamp(self._clock.now(), UTC).strftime(AMZ_DATE)
        query = {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Date": amz_date,
            "X-Amz-Expires": str(expires),
            "X-Amz-SignedHeaders": "host",
        }
        query["X-Amz-Signature"] = self._sign(method, key, amz_date, str(expires))
        return f"{self.base_url}/{key}?{urlencode(query)}"

    def handle(self, request: Request) -> Response:
        """Serve one request to the presigned host."""
        if request.header("Authorization") is not None:
            return s3_error(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query "
                "string parameter or the Authorization header should be specified",
            )
        key = request.path.lstrip("/")
        if (problem := self._check_signature(request.method, key, request.query)) is not None:
            return problem
        with self._lock:
            target = self._objects.get(key)
        if target is None or target.method != request.method:
            return s3_error(404, "NoSuchKey", "The specified key does not exist.")
        if target.sink is None:
            return Response(200, target.data or b"", "application/octet-stream")
        if (refusal := target.sink(request.body)) is not None:
            return s3_error(400, "InvalidRequest", refusal)
        response = Response(200, b"", None)
        response.headers["ETag"] = f'"{hashlib.md5(request.body, usedforsecurity=False).hexdigest()}"'
        return response

    def _sign(self, method: str, key: str, amz_date: str, expires: str) -> str:
        message = "\n".join((method, key, amz_date, expires)).encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def _check_signature(self, method: str, key: str, query: str) -> Response | None:
        params = {name: values[0] for name, values in parse_qs(query).items()}
        amz_date, expires = params.get("X-Amz-Date", ""), params.get("X-Amz-Expires", "")
        expected = self._sign(method, key, amz_date, expires)
        if not hmac.compare_digest(expected, params.get("X-Amz-Signature", "")):
            return s3_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        signed_at = datetime.strptime(amz_date, AMZ_DATE).replace(tzinfo=UTC).timestamp()
        if self._clock.now() > signed_at + int(expires):
            return s3_error(403, "AccessDenied", "Request has expired")
        return None

"""The one exception tree of the library: every error a user can catch derives from `AppStoreConnectError`.

API errors are chosen by `error_from_response`, the one status/code-to-class mapping.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import httpx

from ._rate_limit import HEADER as RATE_LIMIT_HEADER
from ._rate_limit import RateLimit
from ._redact import shown_url
from ._retry import parse_retry_after

APP_STORE_CONNECT_WEB = "https://appstoreconnect.apple.com"

# Response headers that identify a request to Apple; the first one present is kept.
_REQUEST_ID_HEADERS = ("x-request-id", "x-apple-request-uuid", "x-apple-jingle-correlation-key")
_CORRELATION_KEY = re.compile(r"Correlation\s*Key\s*[:=]?\s*([A-Za-z0-9][A-Za-z0-9_.:=-]*)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_EXCERPT_CHARS = 200
_SECRET_CHARS = 8  # query values this long are cut from excerpts; shorter ones (limit=200) are not secrets
_ASSOCIATED_SHOWN = 5


class AppStoreConnectError(Exception):
    """Base class of every error this library raises."""


class ConfigurationError(AppStoreConnectError, ValueError):
    """Bad input detected before any request is sent (key files, arguments, options)."""


class NetworkError(AppStoreConnectError):
    """The request or its response failed in transit (refused, reset, body cut short, too many
    redirects); idempotent requests were already retried. The httpx exception is `__cause__`."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url  # without its query (Q13)


class RequestTimeoutError(NetworkError):
    """No answer, or no complete body, within the timeout."""


class ResponseFormatError(AppStoreConnectError):
    """A 2xx answer whose body is not what the operation promises (not JSON, empty, members missing).

    `excerpt` is the start of the body (query values of the request redacted); the parser's exception
    is `__cause__`.
    """

    def __init__(self, message: str, *, status_code: int | None = None, excerpt: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.excerpt = excerpt


class RedirectError(AppStoreConnectError):
    """A write (POST, PATCH, DELETE) was answered with a redirect; it is not followed (it would turn
    into a GET whose answer is not the write's result). `location` is the target, without its query."""

    def __init__(self, message: str, *, status_code: int, location: str | None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.location = location


class IncompleteListingError(AppStoreConnectError):
    """A listing stopped where items may be missing (Q1, Q2, Q4): raised instead of ending the loop as
    if it were complete. `items_yielded` were delivered before it; `reason` is the `StopReason`.
    Pass `allow_partial=True` to `paginate` to end quietly instead (the reason stays on the paginator).
    """

    def __init__(self, message: str, *, items_yielded: int, reason: Any) -> None:
        super().__init__(message)
        self.items_yielded = items_yielded
        self.reason = reason


def network_error(error: Exception, request: httpx.Request) -> AppStoreConnectError:
    """The error of the tree for an httpx failure on `request` (raise it `from error`)."""
    where = f"{request.method} {shown_url(request.url)}"
    text = " ".join(str(error).split()) or "no details"
    if isinstance(error, httpx.TimeoutException):
        return RequestTimeoutError(
            f"{where} timed out ({type(error).__name__}: {text}); retries, if allowed, are exhausted",
            method=request.method,
            url=shown_url(request.url),
        )
    if isinstance(error, httpx.DecodingError):
        return ResponseFormatError(f"{where}: the body could not be decoded ({text})")
    return NetworkError(
        f"{where} failed in transit ({type(error).__name__}: {text}); retries, if allowed, are exhausted",
        method=request.method,
        url=shown_url(request.url),
    )


# What reading a 2xx body into its document may raise (JSON, `from_dict`): turned into `format_error`.
BODY_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def format_error(response: httpx.Response, problem: str) -> ResponseFormatError:
    """A `ResponseFormatError` for a 2xx `response` whose body `problem` describes."""
    request = response.request
    excerpt = _excerpt(response)
    return ResponseFormatError(
        f"{response.status_code} on {request.method} {shown_url(request.url)}: {problem}; "
        f"body starts {excerpt or '(empty)'!r}",
        status_code=response.status_code,
        excerpt=excerpt,
    )


@dataclasses.dataclass(frozen=True)
class ErrorDetail:
    """One `errors[]` entry of an error document, read leniently: any field may be missing (Q15, S4)."""

    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    id: str | None = None  # what Apple support asks for; not always a UUID (Q15)
    pointer: str | None = None  # source.pointer, e.g. "/data/attributes/description"
    parameter: str | None = None  # source.parameter, e.g. "filter[version]"
    see: str | None = None  # links.see, e.g. "/business" (Q9)
    resource: str | None = None  # the `meta.associatedErrors` key this entry was listed under
    associated: tuple[ErrorDetail, ...] = ()  # `meta.associatedErrors`, flattened (Q15)

    @classmethod
    def from_json(cls, entry: Mapping[str, Any], resource: str | None = None) -> ErrorDetail:
        """Build from one JSON object, flattening nested `meta.associatedErrors`."""
        source, links, meta = (_mapping(entry.get(name)) for name in ("source", "links", "meta"))
        return cls(
            status=_text(entry.get("status")),
            code=_text(entry.get("code")),
            title=_text(entry.get("title")),
            detail=_text(entry.get("detail")),
            id=_text(entry.get("id")),
            pointer=_text(source.get("pointer")),
            parameter=_text(source.get("parameter")),
            see=_text(links.get("see")),
            resource=resource,
            associated=tuple(_flatten(_mapping(meta.get("associatedErrors")))),
        )

    def summary(self) -> str:
        """`title — detail (where)` on one line, with whatever parts exist."""
        text = " — ".join(part for part in (self.title, self.detail) if part) or self.code or "no description"
        where = self.pointer or (self.parameter and f"parameter {self.parameter}")
        return _one_line(f"{text} ({where})" if where else text)


def _flatten(associated: Mapping[str, Any]) -> Iterator[ErrorDetail]:
    for resource, entries in associated.items():
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, Mapping):
                detail = ErrorDetail.from_json(entry, resource=str(resource))
                yield from (dataclasses.replace(detail, associated=()), *detail.associated)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str | None:
    """A JSON scalar as text; missing, null, empty or structured values are None (S4, Q15)."""
    if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
        return str(value)
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """`text` ending with exactly one full stop."""
    return text.rstrip(" .") + "."


def parse_error_document(body: bytes) -> tuple[ErrorDetail, ...] | None:
    """The entries of a JSON:API error document, or None when `body` is not one (HTML, text, ...)."""
    try:
        document = json.loads(body)
    except ValueError:  # includes UnicodeDecodeError
        return None
    errors = document.get("errors") if isinstance(document, dict) else None
    if not isinstance(errors, list):
        return None
    return tuple(ErrorDetail.from_json(entry) for entry in errors if isinstance(entry, Mapping))


class ApiError(AppStoreConnectError):
    """The API answered with a status other than 2xx; `errors` holds every entry of its error document."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        headers: httpx.Headers | None = None,
        errors: Sequence[ErrorDetail] = (),
        excerpt: str | None = None,
        diagnostics: Sequence[str] = (),
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url  # without its query: presigned URLs carry their signature there (Q13)
        self.headers = headers if headers is not None else httpx.Headers()
        self.errors = tuple(errors)
        self.excerpt = excerpt  # the start of a body that was not an error document
        self.diagnostics = tuple(diagnostics)  # local checks that may explain the error
        self.request_id = next((self.headers[h] for h in _REQUEST_ID_HEADERS if h in self.headers), None)
        super().__init__(self._message())

    @property
    def code(self) -> str | None:
        """The first error's code, e.g. `STATE_ERROR.ENTITY_STATE_INVALID`."""
        return next((error.code for error in self.errors if error.code), None)

    @property
    def error_ids(self) -> tuple[str, ...]:
        """Every `errors[].id`: the ids Apple support asks for (Q15)."""
        return tuple(error.id for error in self.errors if error.id)

    @property
    def associated_errors(self) -> tuple[ErrorDetail, ...]:
        """All `meta.associatedErrors` entries of all errors, flattened."""
        return tuple(detail for error in self.errors for detail in error.associated)

    def _message(self) -> str:
        head = f"{self.status_code} {self.code or _reason(self.status_code)} on {self.method} {self.url}"
        parts = [head + ": " + self._describe()]
        if self._advice():
            parts.append(self._advice())
        ids = [f"error id {', '.join(self.error_ids)}"] if self.error_ids else []
        ids += [f"request id {self.request_id}"] if self.request_id else []
        if ids:
            parts.append("(" + "; ".join(ids) + ")")
        return _one_line(" ".join(parts))

    def _describe(self) -> str:
        text = _sentence("; ".join(e.summary() for e in self.errors) or "no error details in the response")
        associated = self.associated_errors
        if not associated:
            return text
        by_resource: dict[str | None, list[str]] = {}
        for detail in associated[:_ASSOCIATED_SHOWN]:
            by_resource.setdefault(detail.resource, []).append(detail.summary())
        shown = " | ".join(f"{resource}: {'; '.join(items)}" for resource, items in by_resource.items())
        more = len(associated) - _ASSOCIATED_SHOWN
        return f"{text} Associated errors: {shown}{f' | and {more} more' if more > 0 else ''}."

    def _advice(self) -> str:
        """What the user can do about it, appended to the message."""
        return ""


class BadRequestError(ApiError):
    """400: a parameter or the request's form was refused (Q2: an invalid cursor is one of these)."""


class InvalidCursorError(BadRequestError):
    """400 `PARAMETER_ERROR.INVALID` on `cursor`: Apple refused a `links.next` it handed out (Q2).

    Raised instead of returning a short list: the pages before it were read, the rest were not.
    """

    def _advice(self) -> str:
        return "The listing could not be continued; start it again from the first page."


class NotAuthorizedError(ApiError):
    """401: Apple refused the token even after one fresh one (Q8); `diagnostics` lists local checks."""

    def _describe(self) -> str:
        if not self.diagnostics:
            return super()._describe()
        checks = " ".join(_sentence(line) for line in self.diagnostics)
        return f"{super()._describe()} A fresh token was refused too. Local checks: {checks}"


class ForbiddenError(ApiError):
    """403: the key's role or the account does not allow this operation (Q9)."""

    def _advice(self) -> str:
        return "Check that the API key's role allows this operation."


class AgreementsMissingError(ForbiddenError):
    """403 `FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED`: an agreement must be signed first (Q9)."""

    @property
    def agreements_url(self) -> str:
        """Where the Account Holder signs the agreement (from `links.see`, made absolute)."""
        see = next((error.see for error in self.errors if error.see), "/business")
        return see if "://" in see else APP_STORE_CONNECT_WEB + see

    def _advice(self) -> str:
        return f"The Account Holder must accept the latest agreements at {self.agreements_url}."


class NotFoundError(ApiError):
    """404: no such resource, or not visible to this key."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource (an entity error, an existing entity, ...)."""


class StateConflictError(ConflictError):
    """409 `STATE_ERROR...`: the resource is not in a state that allows this yet (Q10, Q14)."""

    def _advice(self) -> str:
        return "Wait for the resource to reach the needed state, or fix the associated errors, then retry."


class UnprocessableEntityError(ApiError):
    """422: the request body was understood but refused (e.g. missing `data` wrapper, Q10)."""


class RateLimitedError(ApiError):
    """429: the key's request budget is spent (Q7); retried automatically before this is raised."""

    @property
    def rate_limit(self) -> RateLimit | None:
        """The `X-Rate-Limit` entries of the 429 response, if it had them."""
        return RateLimit.parse(self.headers.get(RATE_LIMIT_HEADER))

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait, when it said (rare, Q7)."""
        return parse_retry_after(self.headers, now=time.time())

    def _advice(self) -> str:
        budget = f" (rate limit {self.rate_limit})" if self.rate_limit else ""
        return f"Slow down and retry later{budget}."


class ServerError(ApiError):
    """5xx: a failure on Apple's side; idempotent requests were already retried (Q6)."""

    def _advice(self) -> str:
        return "Usually temporary: retry later; if it persists, give Apple the ids in this message."


class NonJsonResponseError(ApiError):
    """The body was not a JSON:API error document (an HTML or text page); `excerpt` shows its start."""

    @property
    def correlation_key(self) -> str | None:
        """The `Correlation Key` Apple prints on its error pages (Q6), or None."""
        found = _CORRELATION_KEY.search(self.excerpt or "")
        return found.group(1) if found else None

    def _advice(self) -> str:
        return "" if self.status_code < 500 else "Usually temporary: retry later."

    def _describe(self) -> str:
        kind = self.headers.get("content-type", "no content type").split(";")[0]
        key = f" Correlation Key {self.correlation_key}." if self.correlation_key else ""
        return f"{kind} response instead of JSON: {self.excerpt or '(empty body)'!r}.{key}"


class GatewayError(NonJsonResponseError, ServerError):
    """A 5xx HTML or text page from Apple's gateway (502 Bad Gateway, 504 Gateway Timeout; Q6)."""


# The one mapping from (status, error code prefix, `source.parameter`) to class; None matches any.
_CLASSES: Mapping[tuple[int, str | None, str | None], type[ApiError]] = {
    (400, None, None): BadRequestError,
    (400, "PARAMETER_ERROR.INVALID", "cursor"): InvalidCursorError,  # Q2
    (401, None, None): NotAuthorizedError,
    (403, None, None): ForbiddenError,
    (403, "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED", None): AgreementsMissingError,  # Q9
    (404, None, None): NotFoundError,
    (409, None, None): ConflictError,
    (409, "STATE_ERROR", None): StateConflictError,  # Q10, Q14
    (422, None, None): UnprocessableEntityError,
    (429, None, None): RateLimitedError,  # Q7
}
# Statuses whose meaning does not depend on the body: an HTML 401 or 429 is still that.
_BODY_INDEPENDENT = frozenset({401, 429})


def error_class(status: int, codes: Sequence[tuple[str, str | None]], *, is_document: bool) -> type[ApiError]:
    """The exception class for a non-2xx answer with these error (code, `source.parameter`) pairs."""
    if not is_document and status not in _BODY_INDEPENDENT:
        return GatewayError if status >= 500 else NonJsonResponseError
    for code, parameter in codes:
        parts = code.split(".")
        for end in range(len(parts), 0, -1):  # most specific prefix first; its parameter before any
            prefix = ".".join(parts[:end])
            found = _CLASSES.get((status, prefix, parameter)) or _CLASSES.get((status, prefix, None))
            if found:
                return found
    return _CLASSES.get((status, None, None)) or (ServerError if status >= 500 else ApiError)


def error_from_response(response: httpx.Response, *, diagnostics: Sequence[str] = ()) -> ApiError:
    """The typed error for a non-2xx `response` whose body has been read."""
    errors = parse_error_document(response.content)
    codes = [(error.code, error.parameter) for error in errors or () if error.code]
    cls = error_class(response.status_code, codes, is_document=errors is not None)
    return cls(
        status_code=response.status_code,
        method=response.request.method,
        url=shown_url(response.request.url),
        headers=response.headers,
        errors=errors or (),
        excerpt=None if errors is not None else _excerpt(response),
        diagnostics=diagnostics,
    )


def _excerpt(response: httpx.Response) -> str:
    """The body's start as one line of text, keeping a `Correlation Key` found further on (Q6).

    The request's query values are cut out: an S3-style error body echoes a presigned URL's signature.
    """
    text = _one_line(_TAG.sub(" ", _redacted(response.content.decode("utf-8", "replace"), response)))
    if len(text) <= _EXCERPT_CHARS:
        return text
    excerpt = text[:_EXCERPT_CHARS] + "…"
    key = _CORRELATION_KEY.search(text)
    return excerpt if key is None or key.start() < _EXCERPT_CHARS else f"{excerpt} {key.group(0)}"


def _redacted(text: str, response: httpx.Response) -> str:
    """`text` without any query value of the response's request (raw or decoded) of 8+ characters."""
    request = response.request
    raw = (part.partition("=")[2] for part in request.url.query.decode("ascii", "replace").split("&"))
    secrets = {value for value in (*raw, *request.url.params.values()) if len(value) >= _SECRET_CHARS}
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "[redacted]")
    return text


def _reason(status: int) -> str:
    return httpx.codes.get_reason_phrase(status) or "error"

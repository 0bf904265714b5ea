"""App Store Server API errors inside the library's tree, keeping Apple's numeric error codes.

The API answers `{"errorCode": 4040010, "errorMessage": "..."}` (a 401 has an empty body, Q17). Each
class also derives from the matching App Store Connect one, so `except NotAuthorizedError` catches both.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import httpx
from appstoreserverlibrary.api_client import APIError

from .._errors import (
    ApiError,
    AppStoreConnectError,
    BadRequestError,
    ConfigurationError,
    ErrorDetail,
    ForbiddenError,
    NotAuthorizedError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from .._redact import shown_url
from ._transport import READS_SENT_AS_POST

__all__ = [
    "HistoryIncompleteError",
    "InvalidConsumptionError",
    "ServerApiError",
    "ServerBadRequestError",
    "ServerForbiddenError",
    "ServerInternalError",
    "ServerNotAuthorizedError",
    "ServerNotFoundError",
    "ServerRateLimitedError",
    "server_error_from_response",
]

_OTHER_ENVIRONMENT = (
    "If the transaction was made with a sandbox account or TestFlight, ask the sandbox environment (and the "
    "reverse); `asc server doctor --transaction-id ID` tells which environment has it."
)
# What to do, by Apple's numeric code (the codes are Apple's, documented with `APIError`).
_ADVICE: Mapping[int, str] = {
    APIError.TRANSACTION_ID_NOT_FOUND: _OTHER_ENVIRONMENT,
    APIError.ORIGINAL_TRANSACTION_ID_NOT_FOUND: _OTHER_ENVIRONMENT,
    APIError.INVALID_APP_IDENTIFIER: "The token's bid is not the app this transaction or request belongs to.",
    APIError.INVALID_REQUEST_REVISION: "The revision token is not valid for this query: start the history "
    "again without one, with the same filters.",
    APIError.INVALID_PAGINATION_TOKEN: "Start the notification history again without a pagination token.",
    APIError.PAGINATION_TOKEN_EXPIRED: "Pagination tokens expire: start the notification history again.",
    APIError.START_DATE_TOO_FAR_IN_PAST: "Notification history reaches back 180 days at most.",
    APIError.INVALID_CUSTOMER_CONSENTED: "Send consumption data only when the customer consented.",
    APIError.RATE_LIMIT_EXCEEDED: "Slow down: the App Store Server API limits requests per hour.",
    APIError.GENERAL_INTERNAL_RETRYABLE: "Temporary on Apple's side: retry later.",
}


class ServerApiError(ApiError):
    """The App Store Server API answered non-2xx; `error_code` is Apple's number, `api_error` its name."""

    @property
    def error_code(self) -> int | None:
        """Apple's numeric error code, e.g. 4040010 (None when the body had none, as on a 401)."""
        code = self.code
        return int(code) if code is not None and code.isdigit() else None

    @property
    def api_error(self) -> APIError | None:
        """Apple's `APIError` member for `error_code`, or None for a code this library does not know yet."""
        try:
            return None if self.error_code is None else APIError(self.error_code)
        except ValueError:
            return None

    def _advice(self) -> str:
        return _ADVICE.get(self.error_code or 0, "")


class ServerBadRequestError(ServerApiError, BadRequestError):
    """400: a parameter or the body was refused (`error_code` says which)."""


class ServerNotAuthorizedError(ServerApiError, NotAuthorizedError):
    """401 (empty body): the token was refused even after a fresh one; `diagnostics` lists local checks."""


class ServerForbiddenError(ServerApiError, ForbiddenError):
    """403: e.g. a subscription that cannot be extended."""


class ServerNotFoundError(ServerApiError, NotFoundError):
    """404: often a transaction of the other environment (`error_code` 4040010)."""


class ServerRateLimitedError(ServerApiError, RateLimitedError):
    """429: retried automatically (Apple's `Retry-After` is epoch milliseconds, Q17) before this is raised."""


class ServerInternalError(ServerApiError, ServerError):
    """5xx: a failure on Apple's side; reads were already retried, writes never re-sent."""

    def _advice(self) -> str:
        if self.method.upper() == "GET" or self.url.endswith(READS_SENT_AS_POST):
            return super()._advice() or "Usually temporary: retry later."
        return "This write was not re-sent: it may have taken effect; check before sending it again."


class HistoryIncompleteError(AppStoreConnectError):
    """A history walk could not be completed without losing entries (no token while `hasMore`, a token
    seen before); `resume_token` is the last good revision or pagination token, to start again from."""

    def __init__(self, message: str, *, resume_token: str | None) -> None:
        super().__init__(message)
        self.resume_token = resume_token


class InvalidConsumptionError(ConfigurationError):
    """Consumption information Apple would refuse; every problem is listed, nothing was sent."""


_CLASSES: Mapping[int, type[ServerApiError]] = {
    400: ServerBadRequestError,
    401: ServerNotAuthorizedError,
    403: ServerForbiddenError,
    404: ServerNotFoundError,
    429: ServerRateLimitedError,
}


def server_error_from_response(
    response: httpx.Response, *, diagnostics: Sequence[str] = ()
) -> ServerApiError:
    """The typed error for a non-2xx answer of the App Store Server API (its body read)."""
    status = response.status_code
    cls = _CLASSES.get(status) or (ServerInternalError if status >= 500 else ServerApiError)
    code, message = _error_body(response.content)
    errors: tuple[ErrorDetail, ...] = ()
    if code is not None or message is not None:
        title = _name(code)
        errors = (
            ErrorDetail(
                status=str(status), code=None if code is None else str(code), title=title, detail=message
            ),
        )
    return cls(
        status_code=status,
        method=response.request.method,
        url=shown_url(response.request.url),
        headers=response.headers,
        errors=errors,
        diagnostics=diagnostics if status == 401 else (),
    )


def _error_body(body: bytes) -> tuple[int | str | None, str | None]:
    """Apple's `errorCode` (a number; "NOT_AUTHORIZED" has been seen on a 401 too) and `errorMessage`."""
    try:
        document = json.loads(body)
    except ValueError:
        return None, None
    if not isinstance(document, dict):
        return None, None
    code, message = document.get("errorCode"), document.get("errorMessage")
    return (
        code if isinstance(code, int | str) and not isinstance(code, bool) and str(code).strip() else None,
        message if isinstance(message, str) and message.strip() else None,
    )


def _name(code: int | str | None) -> str | None:
    try:
        return APIError(code).name if isinstance(code, int) else code
    except ValueError:
        return None

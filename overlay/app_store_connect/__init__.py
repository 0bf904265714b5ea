"""A Python client for Apple's App Store Connect API that survives the live API's quirks.

    from app_store_connect import AppStoreConnect

    with AppStoreConnect() as asc:  # the key from ASC_* variables; AppStoreConnect(key) to give one
        for app in asc.apps.list(filter_bundle_id="com.example.app"):
            print(app.id, app.attributes.name if app.attributes else None)

Reports live in `app_store_connect.reports`; the quirks handled are indexed in QUIRKS.md.
Names are imported on first use, so `asc --help` and the sandbox do not pay for what they do not run.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._auth import ApiAuth
    from ._client import DEFAULT_BASE_URL, AppStoreConnect, AsyncAppStoreConnect
    from ._environment import FROM_ENVIRONMENT
    from ._errors import (
        AgreementsMissingError,
        ApiError,
        AppStoreConnectError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        ErrorDetail,
        ForbiddenError,
        GatewayError,
        IncompleteListingError,
        InvalidCursorError,
        NetworkError,
        NonJsonResponseError,
        NotAuthorizedError,
        NotFoundError,
        RateLimitedError,
        RedirectError,
        RequestTimeoutError,
        ResponseFormatError,
        ServerError,
        StateConflictError,
        UnprocessableEntityError,
    )
    from ._included import Included
    from ._keys import ApiKey, InvalidApiKeyError
    from ._operations import Operation, find_operation
    from ._page import Page
    from ._pagination import AsyncPaginator, Listing, Paginator, StopReason
    from ._params import ParameterTypeError
    from ._rate_limit import RateLimit
    from ._retry import RetryPolicy
    from ._tokens import TokenProvider

_LAZY = {
    "ApiAuth": "._auth",
    "DEFAULT_BASE_URL": "._client",
    "AppStoreConnect": "._client",
    "AsyncAppStoreConnect": "._client",
    "FROM_ENVIRONMENT": "._environment",
    "AgreementsMissingError": "._errors",
    "ApiError": "._errors",
    "AppStoreConnectError": "._errors",
    "BadRequestError": "._errors",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "ErrorDetail": "._errors",
    "ForbiddenError": "._errors",
    "GatewayError": "._errors",
    "IncompleteListingError": "._errors",
    "InvalidCursorError": "._errors",
    "NetworkError": "._errors",
    "NonJsonResponseError": "._errors",
    "NotAuthorizedError": "._errors",
    "NotFoundError": "._errors",
    "RateLimitedError": "._errors",
    "RedirectError": "._errors",
    "RequestTimeoutError": "._errors",
    "ResponseFormatError": "._errors",
    "ServerError": "._errors",
    "StateConflictError": "._errors",
    "UnprocessableEntityError": "._errors",
    "Included": "._included",
    "ApiKey": "._keys",
    "InvalidApiKeyError": "._keys",
    "Operation": "._operations",
    "find_operation": "._operations",
    "Page": "._page",
    "AsyncPaginator": "._pagination",
    "Listing": "._pagination",
    "Paginator": "._pagination",
    "StopReason": "._pagination",
    "ParameterTypeError": "._params",
    "RateLimit": "._rate_limit",
    "RetryPolicy": "._retry",
    "TokenProvider": "._tokens",
}


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_BASE_URL",
    "FROM_ENVIRONMENT",
    "AgreementsMissingError",
    "ApiAuth",
    "ApiError",
    "ApiKey",
    "AppStoreConnect",
    "AppStoreConnectError",
    "AsyncAppStoreConnect",
    "AsyncPaginator",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "ForbiddenError",
    "GatewayError",
    "Included",
    "IncompleteListingError",
    "InvalidApiKeyError",
    "InvalidCursorError",
    "Listing",
    "NetworkError",
    "NonJsonResponseError",
    "NotAuthorizedError",
    "NotFoundError",
    "Operation",
    "Page",
    "Paginator",
    "ParameterTypeError",
    "RateLimit",
    "RateLimitedError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "RetryPolicy",
    "ServerError",
    "StateConflictError",
    "StopReason",
    "TokenProvider",
    "UnprocessableEntityError",
    "find_operation",
]

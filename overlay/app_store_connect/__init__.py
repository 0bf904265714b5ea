"""A Python client for Apple's App Store Connect API that survives the live API's quirks.

    from app_store_connect import AppStoreConnect, ApiKey
    from app_store_connect_api.api.apps import apps_get_collection

    with AppStoreConnect(ApiKey.from_env()) as asc:
        apps = asc.call(apps_get_collection, filter_bundle_id=["com.example.app"])

Reports live in `app_store_connect.reports`; the quirks handled are indexed in QUIRKS.md.
"""

from ._auth import ApiAuth
from ._client import DEFAULT_BASE_URL, AppStoreConnect, AsyncAppStoreConnect
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
from ._page import Page
from ._pagination import AsyncPaginator, Listing, Paginator, StopReason
from ._rate_limit import RateLimit
from ._retry import RetryPolicy
from ._tokens import TokenProvider

__all__ = [
    "DEFAULT_BASE_URL",
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
    "Page",
    "Paginator",
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
]

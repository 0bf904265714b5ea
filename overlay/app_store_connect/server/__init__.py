"""The App Store Server API on Apple's `app-store-server-library`: `pip install 'app-store-connect[server]'`.

`ServerClient` / `AsyncServerClient` are Apple's clients (every endpoint, Apple's models) sending
through this library: In-App Purchase keys (`InAppPurchaseKey`) and tokens with `bid` (Q17), the
overlay's `RetryPolicy` (reads retried, writes never re-sent on doubt, Apple's epoch-millisecond
`Retry-After`), errors in the `AppStoreConnectError` tree with Apple's numeric codes, histories as
iterators that never end early silently, a `Consumption` builder checked before sending, signed data
verified by Apple's verifier (`Verifier`), and `diagnose` behind `asc doctor --server`.
"""

from __future__ import annotations

try:
    import appstoreserverlibrary  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the installation
    from .._errors import ConfigurationError

    raise ConfigurationError(
        "the App Store Server API support needs Apple's library: pip install 'app-store-connect[server]'"
    ) from error

from appstoreserverlibrary.models.NotificationHistoryRequest import NotificationHistoryRequest
from appstoreserverlibrary.models.TransactionHistoryRequest import TransactionHistoryRequest

from ._client import AsyncServerClient, ServerClient
from ._consumption import Consumption
from ._diagnosis import Check, Diagnosis, adiagnose, diagnose
from ._environment import APPLE_BASE_URLS, Environment
from ._errors import (
    HistoryIncompleteError,
    InvalidConsumptionError,
    ServerApiError,
    ServerBadRequestError,
    ServerForbiddenError,
    ServerInternalError,
    ServerNotAuthorizedError,
    ServerNotFoundError,
    ServerRateLimitedError,
)
from ._history import AsyncHistory, History
from ._keys import InAppPurchaseKey
from ._tokens import ServerTokenProvider
from ._transport import ReadRetryPolicy, WriteRetryPolicy
from ._verify import SignedDataError, Verifier, load_root_certificates

__all__ = [
    "APPLE_BASE_URLS",
    "AsyncHistory",
    "AsyncServerClient",
    "Check",
    "Consumption",
    "Diagnosis",
    "Environment",
    "History",
    "HistoryIncompleteError",
    "InAppPurchaseKey",
    "InvalidConsumptionError",
    "NotificationHistoryRequest",
    "ReadRetryPolicy",
    "ServerApiError",
    "ServerBadRequestError",
    "ServerClient",
    "ServerForbiddenError",
    "ServerInternalError",
    "ServerNotAuthorizedError",
    "ServerNotFoundError",
    "ServerRateLimitedError",
    "ServerTokenProvider",
    "SignedDataError",
    "TransactionHistoryRequest",
    "Verifier",
    "WriteRetryPolicy",
    "adiagnose",
    "diagnose",
    "load_root_certificates",
]

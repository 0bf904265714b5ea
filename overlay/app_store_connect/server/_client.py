"""`ServerClient` and `AsyncServerClient`: Apple's App Store Server API clients on this library's transport.

Apple's clients build each request and parse each answer; they send through `_execute_request` (the
sync one with `requests`, the async one with an `httpx.AsyncClient`). Both are subclassed to send
through one httpx client carrying the overlay's token auth (one fresh-token retry on 401, the clock
corrected from `Date`), `RetryPolicy` (reads retried, writes never re-sent on doubt) and error tree.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import httpx
from appstoreserverlibrary.api_client import (
    AppStoreServerAPIClient,
    AsyncAppStoreServerAPIClient,
    GetTransactionHistoryVersion,
)
from appstoreserverlibrary.models.HistoryResponse import HistoryResponse
from appstoreserverlibrary.models.NotificationHistoryRequest import NotificationHistoryRequest
from appstoreserverlibrary.models.NotificationHistoryResponse import NotificationHistoryResponse
from appstoreserverlibrary.models.NotificationHistoryResponseItem import NotificationHistoryResponseItem
from appstoreserverlibrary.models.RefundHistoryResponse import RefundHistoryResponse
from appstoreserverlibrary.models.TransactionHistoryRequest import TransactionHistoryRequest
from cryptography.hazmat.primitives import serialization

from .._auth import ApiAuth
from .._errors import ConfigurationError, NetworkError, RequestTimeoutError, ResponseFormatError
from .._redact import shown_url
from .._retry import RetryPolicy
from .._transport import redact_httpx_log
from ._consumption import Consumption
from ._environment import APPLE_BASE_URLS, Environment, environment_of
from ._errors import server_error_from_response
from ._history import AsyncHistory, History, Page
from ._keys import InAppPurchaseKey
from ._tokens import ServerTokenProvider
from ._transport import WRITE, async_transport, is_read, sync_transport

__all__ = ["AsyncServerClient", "ServerClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0  # seconds, as Apple's clients use


class _Core:
    """What both clients share: key, token, environment, origin, and how an answer becomes a result."""

    def __init__(
        self,
        key: InAppPurchaseKey | ServerTokenProvider,
        environment: Environment | str,
        base_urls: Mapping[Environment, str] | None,
    ) -> None:
        self.provider = key if isinstance(key, ServerTokenProvider) else ServerTokenProvider(key)
        self.environment = environment_of(environment)
        self.base_urls = dict(base_urls or APPLE_BASE_URLS)
        if self.environment not in self.base_urls:
            raise ConfigurationError(f"no base URL for the {self.environment.value} environment in base_urls")
        self.base_url = self.base_urls[self.environment].rstrip("/")
        self.auth = ApiAuth(self.provider, self.base_url)
        self.last_date: str | None = None
        redact_httpx_log()

    def apple_arguments(self) -> tuple[bytes, str, str, str, Environment]:
        """What Apple's client constructors take: the key as PEM, which they insist on loading (they
        never sign: tokens are ours), key id, issuer id, bundle id and environment."""
        server_key = self.provider.server_key
        pem = server_key.api_key.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return pem, server_key.key_id, server_key.issuer_id, server_key.bundle_id, self.environment

    @staticmethod
    def send_options(method: str, url: str, json: Any, data: bytes | None) -> dict[str, Any]:
        """httpx arguments: the body, and whether the request is a write (never re-sent on doubt)."""
        return {
            "json": json,
            "content": data,
            "extensions": {WRITE: not is_read(method, httpx.URL(url).path)},
        }

    def checked(self, response: httpx.Response) -> httpx.Response:
        """`response` if 2xx, else the typed error; a 401 carries the local checks (Q17)."""
        self.last_date = response.headers.get("date") or self.last_date
        if response.is_success:
            return response
        checks = self.provider.diagnose() if response.status_code == 401 else ()
        raise server_error_from_response(response, diagnostics=checks)

    @staticmethod
    def transport_error(error: httpx.TransportError, method: str, url: str) -> NetworkError:
        where = f"{method} {shown_url(httpx.URL(url))}"
        if isinstance(error, httpx.TimeoutException):
            return RequestTimeoutError(f"no answer in time to {where} ({type(error).__name__})")
        return NetworkError(f"{where} failed in transit: {error or type(error).__name__}")

    @staticmethod
    def parsed(parse: Callable[[], T]) -> T:
        """Apple's parsing of a 2xx answer; a body it cannot read is `ResponseFormatError`."""
        try:
            return parse()
        except Exception as error:  # cattrs, JSON and attribute errors of a body that is not as documented
            raise ResponseFormatError(
                f"the App Store Server API answered with a body that does not parse: {type(error).__name__}"
            ) from error

    @staticmethod
    def history_page(response: HistoryResponse | RefundHistoryResponse) -> Page[str]:
        return Page(response.signedTransactions or [], response.hasMore, response.revision)

    @staticmethod
    def notification_page(response: NotificationHistoryResponse) -> Page[NotificationHistoryResponseItem]:
        return Page(response.notificationHistory or [], response.hasMore, response.paginationToken)


class _CoreProperties:
    """What both clients read from their `_Core`."""

    _core: _Core

    @property
    def environment(self) -> Environment:
        """The environment this client asks."""
        return self._core.environment

    @property
    def token_provider(self) -> ServerTokenProvider:
        """The provider minting this client's tokens."""
        return self._core.provider

    @property
    def server_date(self) -> str | None:
        """The `Date` header of the latest answer (to compare clocks), or None before any."""
        return self._core.last_date


class ServerClient(_CoreProperties, AppStoreServerAPIClient):
    """Apple's `AppStoreServerAPIClient` (every endpoint, its models) with this library's key handling,
    retries and errors, plus `transaction_history`, `refund_history`, `notification_history` and
    `send_consumption`.

    `environment`: "production" or "sandbox". `base_urls` replaces Apple's hosts (a local stand-in).
    Every failure is an `AppStoreConnectError`; API errors keep Apple's `error_code`.
    """

    def __init__(
        self,
        key: InAppPurchaseKey | ServerTokenProvider,
        *,
        environment: Environment | str = Environment.PRODUCTION,
        base_urls: Mapping[Environment, str] | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        core = _Core(key, environment, base_urls)
        super().__init__(*core.apple_arguments())
        self._base_url = core.base_url
        self._core = core
        self._retry = retry or RetryPolicy()
        self._http = httpx.Client(
            auth=core.auth,
            timeout=timeout,
            transport=sync_transport(self._retry, transport, sleep=sleep, clock=clock),
        )

    def in_environment(self, environment: Environment | str) -> ServerClient:
        """A client for another environment with the same key, token provider and retry policy."""
        return ServerClient(
            self._core.provider,
            environment=environment,
            base_urls=self._core.base_urls,
            retry=self._retry,
            timeout=self._http.timeout,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def transaction_history(
        self,
        transaction_id: str,
        request: TransactionHistoryRequest | None = None,
        *,
        revision: str | None = None,
    ) -> History[str]:
        """Every signed transaction (JWS) of the customer of `transaction_id`, oldest first by default.

        `request` filters (the same filters are sent with every page, as Apple requires); `revision`
        resumes from a `resume_token` kept earlier. Verify each item with a `Verifier`.
        """
        query = request or TransactionHistoryRequest()

        def fetch(token: str | None) -> Page[str]:
            answer = self.get_transaction_history(
                transaction_id, token, query, GetTransactionHistoryVersion.V2
            )
            return _Core.history_page(answer)

        return History("transaction history", fetch, revision)

    def refund_history(self, transaction_id: str, *, revision: str | None = None) -> History[str]:
        """Every refunded transaction (JWS) of the customer of `transaction_id`, page after page."""

        def fetch(token: str | None) -> Page[str]:
            return _Core.history_page(self.get_refund_history(transaction_id, token))

        return History("refund history", fetch, revision)

    def notification_history(
        self, request: NotificationHistoryRequest, *, pagination_token: str | None = None
    ) -> History[NotificationHistoryResponseItem]:
        """Every notification Apple sent (or tried to) in `request`'s window: `signedPayload` and attempts."""

        def fetch(token: str | None) -> Page[NotificationHistoryResponseItem]:
            return _Core.notification_page(self.get_notification_history(token, request))

        return History("notification history", fetch, pagination_token)

    def send_consumption(self, transaction_id: str, consumption: Consumption) -> None:
        """Check `consumption` against Apple's rules, then send it once (a write: never re-sent on doubt)."""
        self.send_consumption_information(transaction_id, consumption.to_request())

    # Apple's hooks: tokens, transport and parsing.

    def _generate_token(self) -> str:
        return self._core.provider.token()

    def _execute_request(  # type: ignore[override]  # Apple's sync client is typed for `requests`
        self,
        method: str,
        url: str,
        params: dict[str, str | list[str]],
        headers: dict[str, str],
        json: dict[str, Any] | None,
        data: bytes | None,
    ) -> httpx.Response:
        headers.pop("Authorization", None)  # ApiAuth signs (and re-signs after a 401)
        try:
            response = self._http.request(
                method, url, params=params, headers=headers, **_Core.send_options(method, url, json, data)
            )
        except httpx.TransportError as error:
            raise _Core.transport_error(error, method, url) from error
        return self._core.checked(response)

    def _parse_response(
        self, status_code: int, headers: Any, json_supplier: Any, destination_class: Any
    ) -> Any:
        return _Core.parsed(
            lambda: super(ServerClient, self)._parse_response(
                status_code, headers, json_supplier, destination_class
            )
        )


class AsyncServerClient(_CoreProperties, AsyncAppStoreServerAPIClient):
    """The async twin of `ServerClient` (Apple's `AsyncAppStoreServerAPIClient`); `async with` it."""

    def __init__(
        self,
        key: InAppPurchaseKey | ServerTokenProvider,
        *,
        environment: Environment | str = Environment.PRODUCTION,
        base_urls: Mapping[Environment, str] | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        core = _Core(key, environment, base_urls)
        super().__init__(*core.apple_arguments())
        self._base_url = core.base_url
        self._core = core
        self._retry = retry or RetryPolicy()
        self.http_client = httpx.AsyncClient(  # replaces Apple's plain client, so async_close closes ours
            auth=core.auth,
            timeout=timeout,
            transport=async_transport(self._retry, transport, sleep=sleep, clock=clock),
        )

    def in_environment(self, environment: Environment | str) -> AsyncServerClient:
        """A client for another environment with the same key, token provider and retry policy."""
        return AsyncServerClient(
            self._core.provider,
            environment=environment,
            base_urls=self._core.base_urls,
            retry=self._retry,
            timeout=self.http_client.timeout,
        )

    async def __aenter__(self) -> AsyncServerClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (Apple's `async_close` does the same)."""
        await self.http_client.aclose()

    def transaction_history(
        self,
        transaction_id: str,
        request: TransactionHistoryRequest | None = None,
        *,
        revision: str | None = None,
    ) -> AsyncHistory[str]:
        """`ServerClient.transaction_history`, for `async for`."""
        query = request or TransactionHistoryRequest()

        async def fetch(token: str | None) -> Page[str]:
            answer = await self.get_transaction_history(
                transaction_id, token, query, GetTransactionHistoryVersion.V2
            )
            return _Core.history_page(answer)

        return AsyncHistory("transaction history", fetch, revision)

    def refund_history(self, transaction_id: str, *, revision: str | None = None) -> AsyncHistory[str]:
        """`ServerClient.refund_history`, for `async for`."""

        async def fetch(token: str | None) -> Page[str]:
            return _Core.history_page(await self.get_refund_history(transaction_id, token))

        return AsyncHistory("refund history", fetch, revision)

    def notification_history(
        self, request: NotificationHistoryRequest, *, pagination_token: str | None = None
    ) -> AsyncHistory[NotificationHistoryResponseItem]:
        """`ServerClient.notification_history`, for `async for`."""

        async def fetch(token: str | None) -> Page[NotificationHistoryResponseItem]:
            return _Core.notification_page(await self.get_notification_history(token, request))

        return AsyncHistory("notification history", fetch, pagination_token)

    async def send_consumption(self, transaction_id: str, consumption: Consumption) -> None:
        """`ServerClient.send_consumption`, awaited."""
        await self.send_consumption_information(transaction_id, consumption.to_request())

    def _generate_token(self) -> str:
        return self._core.provider.token()

    async def _execute_request(
        self,
        method: str,
        url: str,
        params: dict[str, str | list[str]],
        headers: dict[str, str],
        json: dict[str, Any] | None,
        data: bytes | None,
    ) -> httpx.Response:
        headers.pop("Authorization", None)
        try:
            response = await self.http_client.request(
                method, url, params=params, headers=headers, **_Core.send_options(method, url, json, data)
            )
        except httpx.TransportError as error:
            raise _Core.transport_error(error, method, url) from error
        return self._core.checked(response)

    def _parse_response(
        self, status_code: int, headers: Any, json_supplier: Any, destination_class: Any
    ) -> Any:
        return _Core.parsed(
            lambda: super(AsyncServerClient, self)._parse_response(
                status_code, headers, json_supplier, destination_class
            )
        )

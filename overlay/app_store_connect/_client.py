"""`AppStoreConnect` and `AsyncAppStoreConnect`: one I/O-free core, thin sync and async shells."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property, partial
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypedDict, TypeVar, Unpack, cast

import anyio
import httpx

from ._auth import ApiAuth
from ._environment import FROM_ENVIRONMENT, KeyArgument, base_url_or_environment, key_or_environment
from ._error_body import async_read_error_body, read_error_body
from ._errors import ApiError, error_from_response
from ._keys import ApiKey
from ._pagination import AsyncPaginator, Listing, PagedEndpoint, Paginator
from ._rate_limit import RateLimit
from ._retry import RetryPolicy
from ._tokens import TokenProvider
from ._transport import AsyncRetryTransport, RetryLoop, RetryTransport, redact_httpx_log

if TYPE_CHECKING:
    from app_store_connect_api.client import Client as GeneratedClient
    from app_store_connect_api.types import Response

DEFAULT_BASE_URL = "https://api.appstoreconnect.apple.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
SleepT = TypeVar("SleepT")


class RequestOptions(TypedDict, total=False):
    """Options of `request` and `stream`, as in httpx."""

    params: Mapping[str, Any] | None
    json: Any
    content: bytes | str | None
    headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | None  # None: the client's timeout


class SyncEndpoint(Protocol[T_co]):
    """A generated endpoint module, e.g. `app_store_connect_api.api.apps.apps_get_collection`.

    Its `SUCCESS_TYPE` (the model of its 2xx body, or None) is what `call` returns.
    """

    @property
    def SUCCESS_TYPE(self) -> type[T_co]: ...

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[Any]: ...


class AsyncEndpoint(Protocol[T_co]):
    """A generated endpoint module, used through its `asyncio_detailed`."""

    @property
    def SUCCESS_TYPE(self) -> type[T_co]: ...

    def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Awaitable[Response[Any]]: ...


def _success(success_type: type[T], response: Response[Any]) -> T:
    """The 2xx body as `success_type` (errors were raised before this point).

    A 2xx status the spec did not list (200 where it says 201) is still parsed with the success model.
    """
    parsed = response.parsed
    from_dict = getattr(success_type, "from_dict", None)
    if parsed is None and response.content and from_dict is not None:
        parsed = from_dict(json.loads(response.content))
    return cast(T, parsed)


def _user_agent() -> str:
    try:
        return f"app-store-connect-python/{version('app-store-connect')}"
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "app-store-connect-python"


class _Core:
    """Everything both clients decide without I/O: options, auth, the retry loop, which error to raise."""

    def __init__(
        self,
        key: ApiKey | TokenProvider | None,
        *,
        base_url: str,
        timeout: float | httpx.Timeout,
        retry: RetryPolicy | None,
        pace_below: float | None,
        logger: logging.Logger | None,
        clock: Callable[[], float],
    ) -> None:
        self.provider = TokenProvider(key) if isinstance(key, ApiKey) else key
        self.base_url = base_url
        redact_httpx_log()
        self.loop = RetryLoop(retry or RetryPolicy(), clock=clock, pace_below=pace_below, logger=logger)
        self.http_options: dict[str, Any] = {
            "base_url": base_url,
            "timeout": timeout,
            # Only the API's origin gets the token (Q13); httpx also drops it on a redirect elsewhere.
            "auth": ApiAuth(self.provider, base_url) if self.provider else None,
            "follow_redirects": True,
            "headers": {"User-Agent": _user_agent()},
        }

    def generated_client(self) -> GeneratedClient:
        """The generated package's client, for `call`; the caller hands it our httpx client.

        Imported on first use: `request` and `stream` work even while generated/ is being rebuilt.
        """
        from app_store_connect_api.client import Client

        return Client(base_url=self.base_url)

    def error_for(self, response: httpx.Response) -> ApiError:
        """The typed error for a final non-2xx response (its body read)."""
        # Q8: a token was refused even after ApiAuth's retry with a fresh one: say what was checked locally.
        refused = response.status_code == 401 and "authorization" in response.request.headers
        checks = self.provider.diagnose() if refused and self.provider else ()
        return error_from_response(response, diagnostics=checks)

    @staticmethod
    def httpx_options(options: RequestOptions) -> dict[str, Any]:
        """httpx keyword arguments for `request`/`stream`: a missing or None timeout keeps the client's."""
        timeout = options.get("timeout")
        return {**options, "timeout": httpx.USE_CLIENT_DEFAULT if timeout is None else timeout}


def _unbound(response: httpx.Response) -> httpx.Response:
    """`response` (read) with its body as its stream. httpx binds a response and its stream in a
    reference cycle, which leaves the response, its request and the request's body (an upload part)
    to the cyclic GC; without the cycle they are freed as soon as the caller drops the response."""
    response.stream = httpx.ByteStream(response.content)
    return response


class _RaisingClient(httpx.Client):
    """An httpx.Client whose every final response passes one check: non-2xx raises the typed error.

    `send` is below `request`, `stream` and the generated endpoints, and above the auth flow's 401
    retry (response event hooks fire before that retry, so they cannot be the place).
    """

    def __init__(self, core: _Core, transport: httpx.BaseTransport) -> None:
        super().__init__(transport=transport, **core.http_options)
        self._core = core

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        if response.is_success:
            return response if kwargs.get("stream") else _unbound(response)
        raise self._core.error_for(read_error_body(response))


class _AsyncRaisingClient(httpx.AsyncClient):
    """The async twin of `_RaisingClient`."""

    def __init__(self, core: _Core, transport: httpx.AsyncBaseTransport) -> None:
        super().__init__(transport=transport, **core.http_options)
        self._core = core

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = await super().send(request, **kwargs)
        if response.is_success:
            return response if kwargs.get("stream") else _unbound(response)
        raise self._core.error_for(await async_read_error_body(response))


class _ClientBase(Generic[TransportT, SleepT]):
    """Options and state both clients share; subclasses only open their httpx client in `_open`."""

    def __init__(
        self,
        key: KeyArgument = FROM_ENVIRONMENT,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        pace_below: float | None = None,
        transport: TransportT | None = None,
        logger: logging.Logger | None = None,
        sleep: SleepT | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """`key`: an `ApiKey` (tokens are minted and reused for you), a `TokenProvider` (to choose
        lifetime or scope), None to send no token (a local sandbox, or a proxy that signs); left out,
        the environment's key (`ApiKey.from_env`, failing fast without one). `base_url`: default
        `ASC_BASE_URL`, else Apple's API.
        `retry`: a `RetryPolicy` (`RetryPolicy.disabled()` to turn retries off). `pace_below`: a
        fraction; when less of the rate-limit budget is left, requests are spaced out (Q7).
        `transport`, `sleep` and `clock` are seams for tests and sandboxes.
        """
        self._core = _Core(
            key_or_environment(key),
            base_url=base_url_or_environment(base_url, DEFAULT_BASE_URL),
            timeout=timeout,
            retry=retry,
            pace_below=pace_below,
            logger=logger,
            clock=clock,
        )
        self._open(transport, sleep)

    def _open(self, transport: TransportT | None, sleep: SleepT | None) -> None:
        raise NotImplementedError

    @property
    def rate_limit(self) -> RateLimit | None:
        """Apple's `X-Rate-Limit` from the latest response that had one (Q7), e.g. `.remaining`."""
        return self._core.loop.rate_limit

    @property
    def token_provider(self) -> TokenProvider | None:
        """The provider minting this client's tokens (None without a key)."""
        return self._core.provider


class AppStoreConnect(_ClientBase[httpx.BaseTransport, Callable[[float], None]]):
    """A client for the App Store Connect API; use it as a context manager or call `close()`."""

    _http: _RaisingClient

    def _open(self, transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None) -> None:
        inner = transport or httpx.HTTPTransport()
        self._http = _RaisingClient(
            self._core, RetryTransport(inner, self._core.loop, sleep=sleep or time.sleep)
        )
        self._api = self._core.generated_client().set_httpx_client(self._http)

    def call(self, endpoint: SyncEndpoint[T], /, **params: Any) -> T:
        """Run a generated endpoint, e.g. `call(apps_get_collection, filter_bundle_id=[...])`.

        Returns its 2xx model (`AppsResponse` here; None for an answer without a body); raises
        `ApiError` on any other status.
        """
        return _success(endpoint.SUCCESS_TYPE, endpoint.sync_detailed(client=self._api, **params))

    def paginate(
        self,
        endpoint: PagedEndpoint[T],
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        **params: Any,
    ) -> Paginator[T]:
        """Every item of a collection endpoint: `for app in asc.paginate(apps_get_collection): ...`.

        Follows `links.next` exactly and stops safely (Q1-Q5); `.pages()` gives pages, `.stop_reason`
        says why it ended. Pages are the largest the endpoint allows unless `limit` is given; `timeout`
        applies to each page request.
        """
        fetch = partial(self.request, "GET", timeout=timeout)
        listing = Listing.of(endpoint, params, client=self._api)
        return Paginator(fetch, listing, max_items=max_items, max_pages=max_pages)

    def request(self, method: str, url: str | httpx.URL, **options: Unpack[RequestOptions]) -> httpx.Response:
        """Send one request (`url` relative to the base URL, or absolute) and return the read response."""
        return self._http.request(method, url, **_Core.httpx_options(options))

    def stream(
        self, method: str, url: str | httpx.URL, **options: Unpack[RequestOptions]
    ) -> AbstractContextManager[httpx.Response]:
        """Like `request`, but the body is read as you iterate (large reports, presigned downloads)."""
        return self._http.stream(method, url, **_Core.httpx_options(options))

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAppStoreConnect(_ClientBase[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]):
    """The async twin of `AppStoreConnect`: same options, awaited methods, `async with`."""

    _http: _AsyncRaisingClient

    def _open(
        self, transport: httpx.AsyncBaseTransport | None, sleep: Callable[[float], Awaitable[None]] | None
    ) -> None:
        inner = transport or httpx.AsyncHTTPTransport()
        retrying = AsyncRetryTransport(inner, self._core.loop, sleep=sleep or anyio.sleep)
        self._http = _AsyncRaisingClient(self._core, retrying)

    @cached_property
    def _api(self) -> GeneratedClient:
        return self._core.generated_client().set_async_httpx_client(self._http)

    async def call(self, endpoint: AsyncEndpoint[T], /, **params: Any) -> T:
        """Run a generated endpoint through its `asyncio_detailed`; see `AppStoreConnect.call`."""
        return _success(endpoint.SUCCESS_TYPE, await endpoint.asyncio_detailed(client=self._api, **params))

    def paginate(
        self,
        endpoint: PagedEndpoint[T],
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        **params: Any,
    ) -> AsyncPaginator[T]:
        """See `AppStoreConnect.paginate`; use with `async for`."""
        fetch = partial(self.request, "GET", timeout=timeout)
        listing = Listing.of(endpoint, params, client=self._api)
        return AsyncPaginator(fetch, listing, max_items=max_items, max_pages=max_pages)

    async def request(
        self, method: str, url: str | httpx.URL, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """See `AppStoreConnect.request`."""
        return await self._http.request(method, url, **_Core.httpx_options(options))

    def stream(
        self, method: str, url: str | httpx.URL, **options: Unpack[RequestOptions]
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """See `AppStoreConnect.stream`; use with `async with`."""
        return self._http.stream(method, url, **_Core.httpx_options(options))

    async def close(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

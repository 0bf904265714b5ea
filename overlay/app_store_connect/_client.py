"""`AppStoreConnect` and `AsyncAppStoreConnect`: one I/O-free core, thin sync and async shells."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager
from contextvars import ContextVar
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypedDict, TypeVar, Unpack, cast, overload

import anyio
import httpx
from httpx._utils import get_environment_proxies  # httpx's own reading (httpx is pinned below 0.29)

from app_store_connect_api.resources import AsyncResources, Resources

from ._auth import ApiAuth
from ._environment import FROM_ENVIRONMENT, KeyArgument, base_url_or_environment, key_or_environment
from ._error_body import async_read_error_body, read_error_body
from ._errors import (
    BODY_PARSE_ERRORS,
    AppStoreConnectError,
    ConfigurationError,
    RedirectError,
    error_from_response,
    format_error,
    network_error,
)
from ._keys import ApiKey
from ._pagination import AsyncPaginator, Listing, PagedEndpoint, Paginator
from ._rate_limit import RateLimit
from ._redact import shown_url
from ._retry import RetryPolicy
from ._tokens import TokenProvider
from ._transport import READ_BODY, AsyncRetryTransport, RetryLoop, RetryTransport, redact_httpx_log
from ._version import __version__

if TYPE_CHECKING:
    from app_store_connect_api.client import Client as GeneratedClient
    from app_store_connect_api.types import Response

DEFAULT_BASE_URL = "https://api.appstoreconnect.apple.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# Methods whose redirects are followed; a write answered 3xx is a `RedirectError` (it would become a GET).
REDIRECTED_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Exceptions with which generated code reports a 2xx body it cannot read (not JSON, members missing).

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


class GeneratedEndpoint(Protocol[T_co]):
    """A generated endpoint module, e.g. `app_store_connect_api.api.apps.apps_get_collection`.

    Its `SUCCESS_TYPE` (the model of its 2xx body, or None) is what `call` returns; `_get_kwargs`
    checks the parameters and builds the request, `parse_response` reads the answer.
    """

    @property
    def SUCCESS_TYPE(self) -> type[T_co]: ...

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_response(self, response: httpx.Response, *, client: Any) -> Response[Any]: ...


class SyncEndpoint(GeneratedEndpoint[T_co], Protocol[T_co]):
    """An endpoint module as `AppStoreConnect.call` runs it."""


class AsyncEndpoint(GeneratedEndpoint[T_co], Protocol[T_co]):
    """An endpoint module as `AsyncAppStoreConnect.call` runs it (the same modules serve both)."""


def _request_options(
    endpoint: GeneratedEndpoint[Any], ids: tuple[str, ...], params: dict[str, Any]
) -> dict[str, Any]:
    """The endpoint's request (method, url and options) for `call`, every value checked first."""
    kwargs = endpoint._get_kwargs(*ids, **params)
    return {
        "method": kwargs["method"].upper(),
        "url": kwargs["url"],
        "params": kwargs.get("params"),
        "json": kwargs.get("json"),
        "headers": kwargs.get("headers"),
    }


def _success(success_type: type[T], response: Response[Any]) -> T:
    """The 2xx body as `success_type` (errors were raised before this point); run inside `_reading_body`.

    A 2xx status the spec did not list (200 where it says 201) is still parsed with the success model;
    an empty body where the operation promises one is an error, not None.
    """
    parsed = response.parsed
    from_dict = getattr(success_type, "from_dict", None)
    if parsed is None and from_dict is not None:
        if not response.content:
            raise ValueError(f"an empty body where the operation promises {success_type.__name__}")
        parsed = from_dict(json.loads(response.content))
    return cast(T, parsed)


# The latest 2xx response of the `call` running in this context (sync thread or async task), if any.
_received: ContextVar[list[httpx.Response] | None] = ContextVar("_received", default=None)


@contextmanager
def _reading_body() -> Iterator[None]:
    """Around a generated call: once a 2xx response arrived, an exception from reading its body (JSON,
    `from_dict`) is a `ResponseFormatError` with it as `__cause__`; before that, exceptions pass."""
    received: list[httpx.Response] = []
    token = _received.set(received)
    try:
        yield
    except AppStoreConnectError:
        raise
    except BODY_PARSE_ERRORS as error:
        if not received:
            raise
        problem = f"not the document the operation promises ({type(error).__name__}: {error})"
        raise format_error(received[-1], problem) from error
    finally:
        _received.reset(token)


def _note_received(response: httpx.Response) -> None:
    received = _received.get()
    if received is not None:
        received[:] = [response]


def _user_agent() -> str:
    return f"app-store-connect-python/{__version__}"  # _version, not importlib.metadata: import cost


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
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        self.provider = TokenProvider(key) if isinstance(key, ApiKey) else key
        self.base_url = base_url
        self.proxy = proxy
        self.trust_env = trust_env
        redact_httpx_log()
        self.loop = RetryLoop(retry or RetryPolicy(), clock=clock, pace_below=pace_below, logger=logger)
        self.http_options: dict[str, Any] = {
            "base_url": base_url,
            "timeout": timeout,
            # Only the API's origin gets the token (Q13); httpx also drops it on a redirect elsewhere.
            "auth": ApiAuth(self.provider, base_url) if self.provider else None,
            "follow_redirects": True,
            "headers": {"User-Agent": _user_agent()},
            "trust_env": trust_env,
        }

    def proxies(self, transport: object | None) -> dict[str, httpx.URL | httpx.Proxy | str | None]:
        """URL pattern -> proxy (None: direct), as httpx chooses them: `proxy=`, else `HTTPS_PROXY`,
        `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` when `trust_env`. A given `transport` decides alone."""
        if transport is not None:
            if self.proxy is not None:
                raise ConfigurationError("give proxy= or transport=, not both: a transport routes alone")
            return {}
        if self.proxy is not None:
            return {"all://": self.proxy}
        if not self.trust_env:
            return {}
        return dict(get_environment_proxies())

    @staticmethod
    def prepare(request: httpx.Request, options: dict[str, Any]) -> bool:
        """Before `send`: the transport reads a non-streamed body inside its retry loop; writes do not
        follow redirects. Returns whether the response is streamed."""
        streamed = bool(options.get("stream"))
        request.extensions = {**request.extensions, READ_BODY: not streamed}
        if request.method not in REDIRECTED_METHODS:
            options["follow_redirects"] = False
        return streamed

    def generated_client(self) -> GeneratedClient:
        """The generated package's client, for `call`; the caller hands it our httpx client.

        Imported on first use: `request` and `stream` work even while generated/ is being rebuilt.
        """
        from app_store_connect_api.client import Client

        return Client(base_url=self.base_url)

    def error_for(self, response: httpx.Response) -> AppStoreConnectError:
        """The typed error for a final non-2xx response (its body read)."""
        if response.is_redirect:
            return _redirect_error(response)
        # Q8: a token was refused even after ApiAuth's retry with a fresh one: say what was checked locally.
        refused = response.status_code == 401 and "authorization" in response.request.headers
        checks = self.provider.diagnose() if refused and self.provider else ()
        return error_from_response(response, diagnostics=checks)

    @staticmethod
    def httpx_options(options: RequestOptions) -> dict[str, Any]:
        """httpx keyword arguments for `request`/`stream`: a missing or None timeout keeps the client's."""
        timeout = options.get("timeout")
        return {**options, "timeout": httpx.USE_CLIENT_DEFAULT if timeout is None else timeout}


def _redirect_error(response: httpx.Response) -> RedirectError:
    request = response.request
    location = response.headers.get("location")
    shown = shown_url(request.url.join(location)) if location else None
    return RedirectError(
        f"{request.method} {shown_url(request.url)} was answered {response.status_code} (redirect to "
        f"{shown}); a write is not sent to another address, and following it as a GET would return the "
        "wrong resource. Check the base URL (or proxy) points at the API itself",
        status_code=response.status_code,
        location=shown,
    )


class _GuardedStream(httpx.SyncByteStream):
    """A streamed body whose transport failures are errors of the tree (`network_error`)."""

    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except httpx.HTTPError as error:
            raise network_error(error, self._request) from error

    def close(self) -> None:
        self._inner.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    """The async twin of `_GuardedStream`."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.HTTPError as error:
            raise network_error(error, self._request) from error

    async def aclose(self) -> None:
        await self._inner.aclose()


def _unbound(response: httpx.Response) -> httpx.Response:
    """`response` (read) with its body as its stream. httpx binds a response and its stream in a
    reference cycle, which leaves the response, its request and the request's body (an upload part)
    to the cyclic GC; without the cycle they are freed as soon as the caller drops the response."""
    response.stream = httpx.ByteStream(response.content)
    return response


class _RaisingClient(httpx.Client):
    """An httpx.Client whose every final response passes one check: non-2xx raises the typed error.

    `send` is below `request`, `stream` and the generated endpoints, and above the auth flow's 401
    retry (response event hooks fire before that retry, so they cannot be the place). Every httpx
    failure leaves it as an error of the tree (`network_error`), also later while a stream is read.
    """

    def __init__(
        self, core: _Core, transport: httpx.BaseTransport, mounts: Mapping[str, httpx.BaseTransport | None]
    ) -> None:
        super().__init__(transport=transport, mounts=mounts, **core.http_options)
        self._core = core

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        streamed = self._core.prepare(request, kwargs)
        try:
            response = super().send(request, **kwargs)
            if response.is_success:
                if streamed:
                    response.stream = _GuardedStream(cast(httpx.SyncByteStream, response.stream), request)
                    return response
                _note_received(response)
                return _unbound(response)
            try:
                response = read_error_body(response)
            finally:
                response.close()
        except (httpx.HTTPError, httpx.StreamError) as error:
            raise network_error(error, request) from error
        raise self._core.error_for(response)


class _AsyncRaisingClient(httpx.AsyncClient):
    """The async twin of `_RaisingClient`."""

    def __init__(
        self,
        core: _Core,
        transport: httpx.AsyncBaseTransport,
        mounts: Mapping[str, httpx.AsyncBaseTransport | None],
    ) -> None:
        super().__init__(transport=transport, mounts=mounts, **core.http_options)
        self._core = core

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        streamed = self._core.prepare(request, kwargs)
        try:
            response = await super().send(request, **kwargs)
            if response.is_success:
                if streamed:
                    response.stream = _AsyncGuardedStream(
                        cast(httpx.AsyncByteStream, response.stream), request
                    )
                    return response
                _note_received(response)
                return _unbound(response)
            try:
                response = await async_read_error_body(response)
            finally:
                await response.aclose()
        except (httpx.HTTPError, httpx.StreamError) as error:
            raise network_error(error, request) from error
        raise self._core.error_for(response)


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
        proxy: str | httpx.URL | httpx.Proxy | None = None,
        trust_env: bool = True,
    ) -> None:
        """`key`: an `ApiKey` (tokens are minted and reused for you), a `TokenProvider` (to choose
        lifetime or scope), None to send no token (a local sandbox, or a proxy that signs); left out,
        the environment's key (`ApiKey.from_env`, failing fast without one). `base_url`: default
        `ASC_BASE_URL`, else Apple's API.
        `retry`: a `RetryPolicy` (`RetryPolicy.disabled()` to turn retries off). `pace_below`: a
        fraction; when less of the rate-limit budget is left, requests are spaced out (Q7).
        `proxy`: a proxy URL for every request; by default (`trust_env`) `HTTPS_PROXY`, `HTTP_PROXY`,
        `ALL_PROXY` and `NO_PROXY` are honoured as httpx does. Retries happen in front of any proxy.
        `transport`, `sleep` and `clock` are seams for tests and sandboxes (a transport routes alone).
        """
        self._core = _Core(
            key_or_environment(key),
            base_url=base_url_or_environment(base_url, DEFAULT_BASE_URL),
            timeout=timeout,
            retry=retry,
            pace_below=pace_below,
            logger=logger,
            clock=clock,
            proxy=proxy,
            trust_env=trust_env,
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


def _listing(
    api: GeneratedClient,
    base_url: str,
    endpoint: PagedEndpoint[Any] | str | httpx.URL,
    path_ids: tuple[str, ...],
    params: Mapping[str, Any],
) -> Listing:
    """What `paginate` walks: a generated endpoint's listing, or the raw listing of a URL on the API."""
    if not isinstance(endpoint, str | httpx.URL):
        return Listing.of(endpoint, params, client=api, path_ids=path_ids, base_url=base_url)
    if path_ids or params:
        raise ConfigurationError("a URL is paginated as given: put its parameters in its query string")
    return Listing.of_url(endpoint, base_url=base_url)


class AppStoreConnect(Resources, _ClientBase[httpx.BaseTransport, Callable[[float], None]]):
    """A client for the App Store Connect API; use it as a context manager or call `close()`.

    Every operation is a method of a resource namespace: `asc.apps.list(...)`, `asc.apps.get(id)`,
    `asc.beta_groups.create(app=..., name=...)` (see docs/endpoints.md); `call` and `paginate` run a
    generated endpoint module directly.
    """

    _http: _RaisingClient

    def _open(self, transport: httpx.BaseTransport | None, sleep: Callable[[float], None] | None) -> None:
        retrying = partial(RetryTransport, loop=self._core.loop, sleep=sleep or time.sleep)
        mounts = {
            pattern: None if proxy is None else retrying(httpx.HTTPTransport(proxy=proxy))
            for pattern, proxy in self._core.proxies(transport).items()
        }
        self._http = _RaisingClient(self._core, retrying(transport or httpx.HTTPTransport()), mounts)

    @cached_property
    def _api(self) -> GeneratedClient:
        return self._core.generated_client().set_httpx_client(self._http)

    def call(
        self,
        endpoint: SyncEndpoint[T],
        /,
        *ids: str,
        timeout: float | httpx.Timeout | None = None,
        **params: Any,
    ) -> T:
        """Run a generated endpoint: `call(apps_get_instance, "123")`, `call(apps_get_collection,
        filter_bundle_id="com.example.app")`; a body may be a request model or a dict.

        Every value is checked before the request (`ConfigurationError`, `ParameterTypeError`).
        Returns the 2xx model (`AppsResponse` here; None for an answer without a body); raises
        `ApiError` on any other status. `timeout` applies to this request.
        """
        with _reading_body():
            response = self.request(**_request_options(endpoint, ids, params), timeout=timeout)
            return _success(endpoint.SUCCESS_TYPE, endpoint.parse_response(response, client=self._api))

    @overload
    def paginate(
        self,
        endpoint: str | httpx.URL,
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
    ) -> Paginator[dict[str, Any]]: ...

    @overload
    def paginate(
        self,
        endpoint: PagedEndpoint[T],
        /,
        *path_ids: str,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
        **params: Any,
    ) -> Paginator[T]: ...

    def paginate(
        self,
        endpoint: PagedEndpoint[Any] | str | httpx.URL,
        /,
        *path_ids: str,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
        **params: Any,
    ) -> Paginator[Any]:
        """Every item of a collection: `for build in asc.paginate(apps_builds_get_to_many_related, "1")`,
        or of a URL (`"/v1/apps/1/builds"`, a `links.related`), whose items are JSON:API dicts.

        Follows `links.next` exactly and stops safely (Q1-Q5): where items may be missing it asks again,
        then raises `IncompleteListingError` unless `allow_partial`. `.pages()` gives pages,
        `.related(item, name)` an item's included resources, `.stop_reason` why it ended. Pages are the
        largest the endpoint allows unless `limit` is given; `timeout` applies to each page request.
        """
        fetch = partial(self.request, "GET", timeout=timeout)
        listing = _listing(self._api, self._core.base_url, endpoint, path_ids, params)
        return Paginator(
            fetch, listing, max_items=max_items, max_pages=max_pages, allow_partial=allow_partial
        )

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


class AsyncAppStoreConnect(
    AsyncResources, _ClientBase[httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]
):
    """The async twin of `AppStoreConnect`: same options and namespaces, awaited methods, `async with`."""

    _http: _AsyncRaisingClient

    def _open(
        self, transport: httpx.AsyncBaseTransport | None, sleep: Callable[[float], Awaitable[None]] | None
    ) -> None:
        retrying = partial(AsyncRetryTransport, loop=self._core.loop, sleep=sleep or anyio.sleep)
        mounts = {
            pattern: None if proxy is None else retrying(httpx.AsyncHTTPTransport(proxy=proxy))
            for pattern, proxy in self._core.proxies(transport).items()
        }
        self._http = _AsyncRaisingClient(
            self._core, retrying(transport or httpx.AsyncHTTPTransport()), mounts
        )

    @cached_property
    def _api(self) -> GeneratedClient:
        return self._core.generated_client().set_async_httpx_client(self._http)

    async def call(
        self,
        endpoint: AsyncEndpoint[T],
        /,
        *ids: str,
        timeout: float | httpx.Timeout | None = None,
        **params: Any,
    ) -> T:
        """See `AppStoreConnect.call`."""
        with _reading_body():
            response = await self.request(**_request_options(endpoint, ids, params), timeout=timeout)
            return _success(endpoint.SUCCESS_TYPE, endpoint.parse_response(response, client=self._api))

    @overload
    def paginate(
        self,
        endpoint: str | httpx.URL,
        /,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
    ) -> AsyncPaginator[dict[str, Any]]: ...

    @overload
    def paginate(
        self,
        endpoint: PagedEndpoint[T],
        /,
        *path_ids: str,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
        **params: Any,
    ) -> AsyncPaginator[T]: ...

    def paginate(
        self,
        endpoint: PagedEndpoint[Any] | str | httpx.URL,
        /,
        *path_ids: str,
        max_items: int | None = None,
        max_pages: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        allow_partial: bool = False,
        **params: Any,
    ) -> AsyncPaginator[Any]:
        """See `AppStoreConnect.paginate`; use with `async for`."""
        fetch = partial(self.request, "GET", timeout=timeout)
        listing = _listing(self._api, self._core.base_url, endpoint, path_ids, params)
        return AsyncPaginator(
            fetch, listing, max_items=max_items, max_pages=max_pages, allow_partial=allow_partial
        )

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

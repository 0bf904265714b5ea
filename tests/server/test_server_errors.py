"""Server API failures are `AppStoreConnectError`s and keep Apple's numeric error codes."""

from __future__ import annotations

import socket

import httpx
import pytest
from appstoreserverlibrary.api_client import APIError

from app_store_connect import AppStoreConnectError, NetworkError, NotFoundError, ResponseFormatError
from app_store_connect.server import (
    ServerApiError,
    ServerBadRequestError,
    ServerClient,
    ServerNotAuthorizedError,
    ServerNotFoundError,
)
from app_store_connect.server._errors import server_error_from_response
from app_store_connect.server.sandbox import Fault, ServerSandbox


def test_apples_error_code_is_kept_with_its_name_and_advice(client: ServerClient) -> None:
    with pytest.raises(ServerNotFoundError) as caught:
        client.get_transaction_info("999")
    error = caught.value
    assert isinstance(error, NotFoundError) and isinstance(error, AppStoreConnectError)
    assert (error.status_code, error.error_code, error.api_error) == (
        404,
        4040010,
        APIError.TRANSACTION_ID_NOT_FOUND,
    )
    assert "TRANSACTION_ID_NOT_FOUND — Transaction id not found." in str(error)
    assert "ask the sandbox environment" in str(error)


def test_a_code_this_library_does_not_know_yet_is_kept(client: ServerClient, stand_in: ServerSandbox) -> None:
    stand_in.inject(Fault(400, b'{"errorCode": 4009999, "errorMessage": "Something new."}'))
    with pytest.raises(ServerBadRequestError) as caught:
        client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])
    assert (caught.value.error_code, caught.value.api_error) == (4009999, None)
    assert "Something new." in str(caught.value)


def test_q17_a_401_with_a_text_code_or_an_empty_body_is_not_authorized() -> None:
    request = httpx.Request("GET", "https://api.storekit.apple.com/inApps/v1/transactions/1")
    for body in (b"", b'{"errorCode": "NOT_AUTHORIZED"}'):
        error = server_error_from_response(
            httpx.Response(401, content=body, request=request), diagnostics=["x"]
        )
        assert isinstance(error, ServerNotAuthorizedError) and error.diagnostics == ("x",)
        assert error.error_code is None
    assert error.code == "NOT_AUTHORIZED"


def test_a_2xx_body_that_does_not_parse_is_a_response_format_error(
    client: ServerClient, stand_in: ServerSandbox
) -> None:
    stand_in.inject(Fault(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}))
    with pytest.raises(ResponseFormatError):
        client.get_transaction_info(stand_in.transaction_ids("sandbox")[0])


def test_a_refused_connection_is_a_network_error_after_the_retries(stand_in: ServerSandbox) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    base_urls = dict.fromkeys(stand_in.base_urls, f"http://127.0.0.1:{closed_port}")
    client = ServerClient(stand_in.key, environment="sandbox", base_urls=base_urls, sleep=lambda _: None)
    with client, pytest.raises(NetworkError, match="failed in transit") as caught:
        client.get_transaction_info("1")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_every_server_error_is_in_the_library_tree() -> None:
    request = httpx.Request("PUT", "https://api.storekit.apple.com/inApps/v2/transactions/consumption/1")
    for status in (400, 401, 403, 404, 409, 429, 500, 503):
        error = server_error_from_response(httpx.Response(status, request=request))
        assert isinstance(error, ServerApiError) and isinstance(error, AppStoreConnectError)

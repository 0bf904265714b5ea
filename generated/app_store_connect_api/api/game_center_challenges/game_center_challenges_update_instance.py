from __future__ import annotations

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_response import GameCenterChallengeResponse
from ...models.game_center_challenge_update_request import GameCenterChallengeUpdateRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: GameCenterChallengeUpdateRequest,
) -> dict[str, Any]:
    id = _params.path_id("id", id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/gameCenterChallenges/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = _params.json_body(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GameCenterChallengeUpdateRequest,
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        body (GameCenterChallengeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GameCenterChallengeUpdateRequest,
) -> ErrorResponse | GameCenterChallengeResponse | None:
    """``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        body (GameCenterChallengeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GameCenterChallengeUpdateRequest,
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        body (GameCenterChallengeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GameCenterChallengeUpdateRequest,
) -> ErrorResponse | GameCenterChallengeResponse | None:
    """``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        body (GameCenterChallengeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeResponse] = GameCenterChallengeResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)

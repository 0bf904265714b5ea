from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_feedback_crash_submissions_crash_log_get_to_one_related_fields_beta_crash_logs_item import (
        BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_crash_log_response import BetaCrashLogResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_crash_logs: list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaCrashLogs]",
        "fields_beta_crash_logs",
        fields_beta_crash_logs,
        "BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaFeedbackCrashSubmissions/{id}/crashLog".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaCrashLogResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaCrashLogResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BetaCrashLogResponse | ErrorResponse]:
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
    fields_beta_crash_logs: list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem]
    | Unset = UNSET,
) -> Response[BetaCrashLogResponse | ErrorResponse]:
    """``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog


    Args:
        id (str):
        fields_beta_crash_logs
            (list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaCrashLogResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_crash_logs=fields_beta_crash_logs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_crash_logs: list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem]
    | Unset = UNSET,
) -> BetaCrashLogResponse | ErrorResponse | None:
    """``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog


    Args:
        id (str):
        fields_beta_crash_logs
            (list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaCrashLogResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_crash_logs=fields_beta_crash_logs,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_crash_logs: list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem]
    | Unset = UNSET,
) -> Response[BetaCrashLogResponse | ErrorResponse]:
    """``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog


    Args:
        id (str):
        fields_beta_crash_logs
            (list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaCrashLogResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_crash_logs=fields_beta_crash_logs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_crash_logs: list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem]
    | Unset = UNSET,
) -> BetaCrashLogResponse | ErrorResponse | None:
    """``GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog`` (betaFeedbackCrashSubmissions_crashLog_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog


    Args:
        id (str):
        fields_beta_crash_logs
            (list[BetaFeedbackCrashSubmissionsCrashLogGetToOneRelatedFieldsBetaCrashLogsItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaCrashLogResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_crash_logs=fields_beta_crash_logs,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaCrashLogResponse] = BetaCrashLogResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaCrashLogResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)

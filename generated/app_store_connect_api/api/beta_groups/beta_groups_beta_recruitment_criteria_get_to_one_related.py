from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_groups_beta_recruitment_criteria_get_to_one_related_fields_beta_recruitment_criteria_item import (
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_recruitment_criterion_response import BetaRecruitmentCriterionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_recruitment_criteria: list[
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem
    ]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaRecruitmentCriteria]",
        "fields_beta_recruitment_criteria",
        fields_beta_recruitment_criteria,
        "BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaGroups/{id}/betaRecruitmentCriteria".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaRecruitmentCriterionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaRecruitmentCriterionResponse.from_dict(response.json())

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
) -> Response[BetaRecruitmentCriterionResponse | ErrorResponse]:
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
    fields_beta_recruitment_criteria: list[
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem
    ]
    | Unset = UNSET,
) -> Response[BetaRecruitmentCriterionResponse | ErrorResponse]:
    """``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria


    Args:
        id (str):
        fields_beta_recruitment_criteria
            (list[BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaRecruitmentCriterionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_recruitment_criteria: list[
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem
    ]
    | Unset = UNSET,
) -> BetaRecruitmentCriterionResponse | ErrorResponse | None:
    """``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria


    Args:
        id (str):
        fields_beta_recruitment_criteria
            (list[BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaRecruitmentCriterionResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_recruitment_criteria: list[
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem
    ]
    | Unset = UNSET,
) -> Response[BetaRecruitmentCriterionResponse | ErrorResponse]:
    """``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria


    Args:
        id (str):
        fields_beta_recruitment_criteria
            (list[BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaRecruitmentCriterionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_recruitment_criteria: list[
        BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem
    ]
    | Unset = UNSET,
) -> BetaRecruitmentCriterionResponse | ErrorResponse | None:
    """``GET /v1/betaGroups/{id}/betaRecruitmentCriteria`` (betaGroups_betaRecruitmentCriteria_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria


    Args:
        id (str):
        fields_beta_recruitment_criteria
            (list[BetaGroupsBetaRecruitmentCriteriaGetToOneRelatedFieldsBetaRecruitmentCriteriaItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaRecruitmentCriterionResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaRecruitmentCriterionResponse] = BetaRecruitmentCriterionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaRecruitmentCriterionResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.build_bundles_beta_app_clip_invocations_get_to_many_related_fields_beta_app_clip_invocation_localizations_item import (
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem,
    )
    from ...models.build_bundles_beta_app_clip_invocations_get_to_many_related_fields_beta_app_clip_invocations_item import (
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem,
    )
    from ...models.build_bundles_beta_app_clip_invocations_get_to_many_related_include_item import (
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_app_clip_invocations_response import BetaAppClipInvocationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_app_clip_invocations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_clip_invocation_localizations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_beta_app_clip_invocation_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaAppClipInvocations]",
        "fields_beta_app_clip_invocations",
        fields_beta_app_clip_invocations,
        "BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppClipInvocationLocalizations]",
        "fields_beta_app_clip_invocation_localizations",
        fields_beta_app_clip_invocation_localizations,
        "BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params,
        "limit[betaAppClipInvocationLocalizations]",
        "limit_beta_app_clip_invocation_localizations",
        limit_beta_app_clip_invocation_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buildBundles/{id}/betaAppClipInvocations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaAppClipInvocationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaAppClipInvocationsResponse.from_dict(response.json())

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
) -> Response[BetaAppClipInvocationsResponse | ErrorResponse]:
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
    fields_beta_app_clip_invocations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_clip_invocation_localizations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_beta_app_clip_invocation_localizations: int | Unset = UNSET,
) -> Response[BetaAppClipInvocationsResponse | ErrorResponse]:
    """``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations


    Args:
        id (str):
        fields_beta_app_clip_invocations
            (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem]
            | Unset):
        fields_beta_app_clip_invocation_localizations (list[BuildBundlesBetaAppClipInvocationsGetT
            oManyRelatedFieldsBetaAppClipInvocationLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset):
        limit_beta_app_clip_invocation_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppClipInvocationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_clip_invocations=fields_beta_app_clip_invocations,
        fields_beta_app_clip_invocation_localizations=fields_beta_app_clip_invocation_localizations,
        limit=limit,
        include=include,
        limit_beta_app_clip_invocation_localizations=limit_beta_app_clip_invocation_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_clip_invocations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_clip_invocation_localizations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_beta_app_clip_invocation_localizations: int | Unset = UNSET,
) -> BetaAppClipInvocationsResponse | ErrorResponse | None:
    """``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations


    Args:
        id (str):
        fields_beta_app_clip_invocations
            (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem]
            | Unset):
        fields_beta_app_clip_invocation_localizations (list[BuildBundlesBetaAppClipInvocationsGetT
            oManyRelatedFieldsBetaAppClipInvocationLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset):
        limit_beta_app_clip_invocation_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppClipInvocationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_app_clip_invocations=fields_beta_app_clip_invocations,
        fields_beta_app_clip_invocation_localizations=fields_beta_app_clip_invocation_localizations,
        limit=limit,
        include=include,
        limit_beta_app_clip_invocation_localizations=limit_beta_app_clip_invocation_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_clip_invocations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_clip_invocation_localizations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_beta_app_clip_invocation_localizations: int | Unset = UNSET,
) -> Response[BetaAppClipInvocationsResponse | ErrorResponse]:
    """``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations


    Args:
        id (str):
        fields_beta_app_clip_invocations
            (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem]
            | Unset):
        fields_beta_app_clip_invocation_localizations (list[BuildBundlesBetaAppClipInvocationsGetT
            oManyRelatedFieldsBetaAppClipInvocationLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset):
        limit_beta_app_clip_invocation_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppClipInvocationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_clip_invocations=fields_beta_app_clip_invocations,
        fields_beta_app_clip_invocation_localizations=fields_beta_app_clip_invocation_localizations,
        limit=limit,
        include=include,
        limit_beta_app_clip_invocation_localizations=limit_beta_app_clip_invocation_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_clip_invocations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_clip_invocation_localizations: list[
        BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_beta_app_clip_invocation_localizations: int | Unset = UNSET,
) -> BetaAppClipInvocationsResponse | ErrorResponse | None:
    """``GET /v1/buildBundles/{id}/betaAppClipInvocations`` (buildBundles_betaAppClipInvocations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations


    Args:
        id (str):
        fields_beta_app_clip_invocations
            (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedFieldsBetaAppClipInvocationsItem]
            | Unset):
        fields_beta_app_clip_invocation_localizations (list[BuildBundlesBetaAppClipInvocationsGetT
            oManyRelatedFieldsBetaAppClipInvocationLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[BuildBundlesBetaAppClipInvocationsGetToManyRelatedIncludeItem] | Unset):
        limit_beta_app_clip_invocation_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppClipInvocationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_app_clip_invocations=fields_beta_app_clip_invocations,
            fields_beta_app_clip_invocation_localizations=fields_beta_app_clip_invocation_localizations,
            limit=limit,
            include=include,
            limit_beta_app_clip_invocation_localizations=limit_beta_app_clip_invocation_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaAppClipInvocationsResponse] = BetaAppClipInvocationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_app_clip_invocation import BetaAppClipInvocation

ITEM_TYPE: type[BetaAppClipInvocation] = BetaAppClipInvocation
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaAppClipInvocationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)

"""End to end against the local sandbox: real HTTP, Apple's token checks, quirks switched on (Q1, Q2)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from pagination_support import ids, items, pages

from app_store_connect import _client
from app_store_connect._errors import IncompleteListingError, InvalidCursorError
from app_store_connect._keys import ApiKey
from app_store_connect._pagination import StopReason
from app_store_connect.sandbox import Sandbox
from app_store_connect_api.api.apps import apps_in_app_purchases_v2_get_to_many_related
from app_store_connect_api.api.builds import builds_get_collection

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
async def asc(sandbox: Sandbox, client_kind: str) -> AsyncIterator[Any]:
    """A client of this test's kind with the sandbox's demo key; every quirk off until the test says."""
    sandbox.disable("all")
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
    if client_kind == "sync":
        with _client.AppStoreConnect(key, base_url=sandbox.base_url) as sync:
            yield sync
    else:
        async with _client.AsyncAppStoreConnect(key, base_url=sandbox.base_url) as made:
            yield made


def iap_requests(sandbox: Sandbox, app: str) -> int:
    return sum(1 for r in sandbox.requests if r.request.path == f"/v1/apps/{app}/inAppPurchasesV2")


async def test_q1_the_223_in_app_purchases_once_each(sandbox: Sandbox, asc: Any) -> None:
    app = sandbox.app_ids[0]
    sandbox.enable("q1")
    before = iap_requests(sandbox, app)

    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=app)
    found = await items(paginator)

    assert ids(found) == sandbox.ids("inAppPurchases", app=app) and len(found) == 223
    assert paginator.stop_reason is StopReason.TOTAL_REACHED
    assert iap_requests(sandbox, app) - before == 3  # one empty page confirms the total; no endless ones


async def test_q2_a_next_link_repeating_its_page_stops_the_walk(sandbox: Sandbox, asc: Any) -> None:
    app = sandbox.app_ids[0]
    sandbox.enable("q2")

    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=app, limit=100)
    found: list[Any] = []
    with pytest.raises(IncompleteListingError) as raised:
        await items(paginator, found)

    assert ids(found) == sandbox.ids("inAppPurchases", app=app)[:200]
    assert raised.value.items_yielded == 200 and paginator.stop_reason is StopReason.REPEATED_NEXT

    partial = asc.paginate(
        apps_in_app_purchases_v2_get_to_many_related, id=app, limit=100, allow_partial=True
    )
    assert ids(await items(partial)) == ids(found)  # asked for: the items read, no error


async def test_q2_a_rejected_cursor_is_an_error_not_a_short_list(sandbox: Sandbox, asc: Any) -> None:
    app = sandbox.app_ids[0]
    sandbox.enable("q2-cursor")
    found: list[Any] = []

    with pytest.raises(InvalidCursorError):
        await items(asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=app, limit=100), found)

    assert ids(found) == sandbox.ids("inAppPurchases", app=app)[:200]


async def test_included_resources_resolve_per_page(sandbox: Sandbox, asc: Any) -> None:
    app = sandbox.app_ids[0]

    walked = await pages(
        asc.paginate(builds_get_collection, filter_app=[app], include=["app", "preReleaseVersion"], limit=5)
    )

    builds = [build for page in walked for build in page]
    assert ids(builds) == sandbox.ids("builds", app=app) and len(walked) > 1
    for page in walked:
        for build in page:
            assert page.related(build, "app").id == app
            prerelease = page.related(build, "preReleaseVersion")
            assert [build.id] == [
                b for b in sandbox.ids("builds", preReleaseVersion=prerelease.id) if b == build.id
            ]

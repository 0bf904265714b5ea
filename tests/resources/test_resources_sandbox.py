"""The resource surface end to end over real HTTP: the local sandbox, real JWT signing, real pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect, NotFoundError
from app_store_connect.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(quirks="q1") as running:  # Q1: empty pages that still link a next page
        yield running


def key_of(sandbox: Sandbox) -> ApiKey:
    return ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)


def test_list_get_relationships_create_and_delete(sandbox: Sandbox) -> None:
    with AppStoreConnect(key_of(sandbox), base_url=sandbox.base_url) as asc:
        listing = asc.apps.list(limit=1)
        apps = list(listing)
        assert apps and listing.stop_reason is not None
        app_id = apps[0].id
        found = asc.apps.get(app_id, include=["builds"])
        assert found.data.id == app_id
        assert [build.id for build in asc.apps.list_builds(app_id)]
        created = asc.analytics_report_requests.create(app=app_id, access_type="ONE_TIME_SNAPSHOT")
        request_id = created.data.id
        assert created.data.attributes and created.data.attributes.access_type == "ONE_TIME_SNAPSHOT"
        assert list(asc.analytics_report_requests.list_reports(request_id))
        asc.analytics_report_requests.delete(request_id)
        with pytest.raises(NotFoundError):
            asc.analytics_report_requests.get(request_id)


@pytest.mark.anyio
async def test_the_async_tree_against_the_sandbox(sandbox: Sandbox) -> None:
    async with AsyncAppStoreConnect(key_of(sandbox), base_url=sandbox.base_url) as asc:
        ids = [app.id async for app in asc.apps.list(filter_bundle_id=None)]
        assert ids
        page = await asc.apps.list_page(limit=1)
        assert page.data[0].id == ids[0]

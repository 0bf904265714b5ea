"""Smoke tests against the live API, replayed from cassettes a maintainer records with a real key.

    export ASC_KEY_ID=... ASC_ISSUER_ID=... ASC_PRIVATE_KEY_PATH=.../AuthKey_XXXXXXXXXX.p8
    .venv/bin/pytest tests/live --record-mode=once

Until a maintainer has recorded them (Apple cannot be reached from CI), they skip and say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app_store_connect import ApiKey, AppStoreConnect, RetryPolicy
from app_store_connect_api.api.apps import apps_get_collection
from app_store_connect_api.api.builds import builds_get_collection
from app_store_connect_api.models import AppsResponse

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "live"


@pytest.fixture
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def asc(request: pytest.FixtureRequest) -> Iterator[AppStoreConnect]:
    recording = request.config.getoption("--record-mode") != "none"
    if not recording and not (CASSETTES / f"{request.node.name}.yaml").is_file():
        pytest.skip("not recorded yet: a maintainer records it with a real key (README, Recording cassettes)")
    key = ApiKey.from_env() if recording else ApiKey.generate(key_id="REPLAY0001", issuer_id=None)
    with AppStoreConnect(key, retry=RetryPolicy.disabled()) as client:
        yield client


@pytest.mark.vcr
def test_live_first_page_of_apps(asc: AppStoreConnect) -> None:
    apps = asc.call(apps_get_collection, limit=2)
    assert isinstance(apps, AppsResponse)
    assert asc.rate_limit is not None and asc.rate_limit.limit is not None  # Q7: sent on every response


@pytest.mark.vcr
def test_live_paginated_builds(asc: AppStoreConnect) -> None:
    pages = asc.paginate(builds_get_collection, limit=2, max_items=3)
    builds = list(pages)
    assert len(builds) <= 3
    assert len({build.id for build in builds}) == len(builds)

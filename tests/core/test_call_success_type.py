"""`call` returns the endpoint's 2xx model, typed (`AppsResponse`); `paginate` yields typed items (`App`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from app_store_connect import AppStoreConnect
from app_store_connect_api.api.apps import apps_get_collection
from app_store_connect_api.api.beta_groups import beta_groups_create_instance
from app_store_connect_api.api.certificates import certificates_delete_instance
from app_store_connect_api.models import AppsResponse, BetaGroupCreateRequest, BetaGroupResponse

APPS = {"data": [{"type": "apps", "id": "1", "attributes": {"name": "One"}}], "links": {"self": "x"}}
GROUP = {"data": {"type": "betaGroups", "id": "g1", "attributes": {"name": "QA"}}, "links": {"self": "x"}}
CREATE = {
    "data": {
        "type": "betaGroups",
        "attributes": {"name": "QA"},
        "relationships": {"app": {"data": {"type": "apps", "id": "1"}}},
    }
}


def client(status: int, body: object | None) -> AppStoreConnect:
    content = b"" if body is None else json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=content))
    return AppStoreConnect(None, base_url="https://api.example.test", transport=transport)


def test_call_returns_the_success_model() -> None:
    apps = client(200, APPS).call(apps_get_collection)
    assert isinstance(apps, AppsResponse) and apps.data[0].attributes.name == "One"


def test_a_2xx_status_the_spec_does_not_list_is_still_parsed() -> None:
    """The spec says 201 for this create; a 200 with the same body is not a silent None."""
    body = BetaGroupCreateRequest.from_dict(CREATE)
    group = client(200, GROUP).call(beta_groups_create_instance, body=body)
    assert isinstance(group, BetaGroupResponse) and group.data.id == "g1"


def test_no_content_is_none() -> None:
    assert client(204, None).call(certificates_delete_instance, id="c1") is None


def test_call_and_paginate_types_are_known_to_mypy(tmp_path: Path) -> None:
    """`call` gives the 2xx model, `paginate` yields the collection's item type (generated ITEM_TYPE),
    and paginating a single-resource endpoint is a type error."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from app_store_connect import AppStoreConnect\n"
        "from app_store_connect_api.api.apps import apps_get_collection, apps_get_instance\n"
        "asc = AppStoreConnect()\n"
        "reveal_type(asc.call(apps_get_collection))\n"
        "for app in asc.paginate(apps_get_collection):\n"
        "    reveal_type(app)\n"
        "asc.paginate(apps_get_instance, id='1')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(snippet)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],  # shares the project's mypy cache
    )
    assert 'Revealed type is "app_store_connect_api.models.apps_response.AppsResponse"' in result.stdout
    assert 'Revealed type is "app_store_connect_api.models.app.App"' in result.stdout
    assert 'snippet.py:7: error: Argument 1 to "paginate"' in result.stdout

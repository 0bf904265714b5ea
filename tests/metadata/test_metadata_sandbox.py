"""Metadata as files end to end against the sandbox: pull, edit, diff, push, pull again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from metadata_support import APP

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect, ConfigurationError
from app_store_connect.metadata import (
    LimitError,
    PushError,
    Target,
    async_pull_metadata,
    async_push_metadata,
    diff_metadata,
    pull_metadata,
    push_metadata,
)
from app_store_connect.metadata._folder import read_folder
from app_store_connect.sandbox import Fault, Host, Sandbox

TARGET = Target(APP)


def writes(sandbox: Sandbox) -> list[tuple[str, str, int]]:
    """(method, path, status) of every API request but the reads."""
    return [
        (r.request.method, r.request.path, r.status)
        for r in sandbox.requests
        if r.host is Host.API and r.request.method != "GET"
    ]


def edit(folder: Path) -> None:
    """Change a keyword list, add a locale, set the copyright and the review notes."""
    (folder / "en-US" / "keywords.txt").write_text("trail,hike,map\n")
    (folder / "fr-FR").mkdir()
    (folder / "fr-FR" / "description.txt").write_text("Trouvez votre sentier.")
    (folder / "fr-FR" / "name.txt").write_text("Sentier")
    (folder / "copyright.txt").write_text("2026 Example Labs")
    (folder / "review_information").mkdir(exist_ok=True)
    (folder / "review_information" / "notes.txt").write_text("Sign in with the demo account.")


def test_pull_edit_diff_push_and_pull_again_equals_the_folder(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = tmp_path / "metadata"
    pulled = pull_metadata(asc, TARGET, folder)
    assert pulled.version == "2.1"
    assert (folder / "en-US" / "description.txt").read_text() == "Find your trail."
    assert (folder / "de-DE" / "keywords.txt").read_text() == "hiking,maps"
    assert diff_metadata(asc, TARGET, folder).actions == ()  # what was pulled is what is there

    edit(folder)
    plan = diff_metadata(asc, TARGET, folder)
    assert [action.what for action in plan.actions] == [
        "update the en-US version localization",
        "create the fr-FR version localization",
        "create the fr-FR app info localization",
        "update version 2.1",
        "create the review details",
    ]
    assert [(c.path, c.old, c.new) for c in plan.actions[0].changes] == [
        ("en-US/keywords", "hiking,maps", "trail,hike,map")
    ]
    assert writes(sandbox) == []  # a diff sends nothing

    result = push_metadata(asc, TARGET, folder)
    assert result.applied and len(writes(sandbox)) == 5
    assert diff_metadata(asc, TARGET, folder).actions == ()

    again = tmp_path / "again"
    pull_metadata(asc, TARGET, again)
    assert read_folder(again) == read_folder(folder)


def test_over_limit_fields_are_refused_before_any_request(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = tmp_path / "metadata"
    pull_metadata(asc, TARGET, folder)
    sandbox.clear_requests()
    (folder / "de-DE" / "keywords.txt").write_text("ก" * 40)  # 40 characters, 120 bytes: Apple counts bytes
    (folder / "de-DE" / "promotional_text.txt").write_text("x" * 171)
    (folder / "en-US" / "name.txt").write_text("A name that is longer than thirty")

    with pytest.raises(LimitError) as raised:
        push_metadata(asc, TARGET, folder)

    assert raised.value.problems == (
        "de-DE/keywords is 120 bytes, over Apple's limit of 100 bytes",
        "de-DE/promotional_text is 171 characters, over Apple's limit of 170 characters",
        "en-US/name is 33 characters, over Apple's limit of 30 characters",
    )
    assert sandbox.requests == []


def test_a_push_failing_half_way_is_run_again_and_does_only_what_is_left(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = tmp_path / "metadata"
    pull_metadata(asc, TARGET, folder)
    edit(folder)
    sandbox.clear_requests()
    sandbox.inject(Fault.UNEXPECTED_ERROR, method="PATCH", path="^/v1/appStoreVersions/")  # the 4th change

    with pytest.raises(PushError) as raised:
        push_metadata(asc, TARGET, folder)

    assert (raised.value.done, raised.value.total) == (3, 5)
    assert "Run the same push again" in str(raised.value)
    assert [status for _, _, status in writes(sandbox)] == [200, 201, 201, 500]
    sandbox.clear_requests()

    rerun = push_metadata(asc, TARGET, folder)

    assert [action.what for action in rerun.actions] == ["update version 2.1", "create the review details"]
    assert [(method, status) for method, _, status in writes(sandbox)] == [("PATCH", 200), ("POST", 201)]


def test_a_dry_run_sends_no_write(asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path) -> None:
    folder = tmp_path / "metadata"
    pull_metadata(asc, TARGET, folder)
    edit(folder)

    plan = push_metadata(asc, TARGET, folder, dry_run=True)

    assert not plan.applied and len(plan.actions) == 5
    assert writes(sandbox) == []


def test_q16_an_empty_file_clears_the_value_with_an_explicit_null(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = tmp_path / "metadata"
    pull_metadata(asc, TARGET, folder)
    (folder / "de-DE" / "keywords.txt").write_text("")

    result = push_metadata(asc, TARGET, folder)

    assert [(c.path, c.new) for a in result.actions for c in a.changes] == [("de-DE/keywords", None)]
    body = next(r.request for r in sandbox.requests if r.request.method == "PATCH").json()
    assert body["data"]["attributes"] == {"keywords": None}  # Q16: cleared by an explicit null


@pytest.mark.anyio
async def test_async_pull_and_push(sandbox: Sandbox, key: ApiKey, tmp_path: Path) -> None:
    folder = tmp_path / "metadata"
    async with AsyncAppStoreConnect(key, base_url=sandbox.base_url) as client:
        await async_pull_metadata(client, TARGET, folder)
        (folder / "en-US" / "promotional_text.txt").write_text("Now with offline maps.")
        result = await async_push_metadata(client, TARGET, folder)
        again = await async_push_metadata(client, TARGET, folder)

    assert [action.what for action in result.actions] == ["update the en-US version localization"]
    assert again.actions == ()


def test_categories_and_age_rating_are_pushed_as_relationships_and_attributes(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = tmp_path / "metadata"
    pull_metadata(asc, TARGET, folder)
    other = next(
        id_ for id_ in sandbox.ids("appCategories") if id_ != (folder / "primary_category.txt").read_text()
    )
    (folder / "primary_category.txt").write_text(other)
    ages = json.loads((folder / "age_rating.json").read_text())
    (folder / "age_rating.json").write_text(json.dumps({**ages, "gambling": not ages["gambling"]}))

    result = push_metadata(asc, TARGET, folder)

    assert [action.what for action in result.actions] == ["update the categories", "update the age rating"]
    bodies = [r.request.json() for r in sandbox.requests if r.request.method == "PATCH"]
    assert bodies[0]["data"]["relationships"] == {
        "primaryCategory": {"data": {"type": "appCategories", "id": other}}
    }
    assert bodies[1]["data"]["attributes"] == {"gambling": not ages["gambling"]}
    assert diff_metadata(asc, TARGET, folder).actions == ()


def test_an_app_id_or_bundle_id_is_a_target_and_anything_else_is_refused_before_any_request(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    pull_metadata(asc, APP, tmp_path / "by-name")
    pull_metadata(asc, TARGET, tmp_path / "by-target")
    assert read_folder(tmp_path / "by-name") == read_folder(tmp_path / "by-target")
    sent = len(sandbox.requests)
    for wrong in ("", "  ", None, 42):
        with pytest.raises(ConfigurationError, match="which app"):
            pull_metadata(asc, wrong, tmp_path / "wrong")  # type: ignore[arg-type]
    assert len(sandbox.requests) == sent

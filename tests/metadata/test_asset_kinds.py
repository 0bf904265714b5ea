"""Every upload-capable asset kind of the spec: the shipped list is what the script makes of the spec,
a kind added to the spec is picked up, and kinds beyond screenshots upload end to end in the sandbox."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from metadata_support import APP, png

from app_store_connect import AppStoreConnect
from app_store_connect.metadata import Target, push_screenshots
from app_store_connect.sandbox import Host, Sandbox
from app_store_connect.uploads import UploadArgumentError, UploadOptions, asset_types, upload_asset
from app_store_connect.uploads._kinds import KINDS, _kind_from_spec, asset_kind

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
sys.path.insert(0, str(ROOT / "scripts"))

from upload_kinds import KINDS_PATH, build_kinds, kinds_text, patched  # noqa: E402

FAST = UploadOptions(poll_interval=0.01)
needs_spec = pytest.mark.skipif(not SHARED_SPEC.is_file(), reason=f"Apple's spec not found at {SHARED_SPEC}")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The patched spec, as regeneration patches it."""
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Apple's spec not found at {SHARED_SPEC}")
    return patched(json.loads(SHARED_SPEC.read_text()))


@needs_spec
def test_the_shipped_kinds_are_up_to_date_with_the_spec(spec: dict[str, Any]) -> None:
    assert KINDS_PATH.read_text() == kinds_text(spec), "out of date: run python scripts/upload_kinds.py"


def test_every_kind_is_uploadable_with_the_generated_modules() -> None:
    types = asset_types()
    assert len(types) == 20  # the 25 schemas with uploadOperations of 4.4.1 share 20 resource types
    for type_ in types:
        kind = asset_kind(type_)
        assert kind.create.__name__.endswith("_create_instance"), type_
    for type_, written in KINDS.items():  # the kinds written out by hand agree with the spec
        made = _kind_from_spec(type_)
        assert made is not None
        assert (made.parent_relationship, made.parent_type, made.checksum) == (
            written.parent_relationship,
            written.parent_type,
            written.checksum,
        )


@needs_spec
def test_a_kind_added_to_a_later_spec_is_picked_up(spec: dict[str, Any]) -> None:
    later = copy.deepcopy(spec)
    schemas, paths = later["components"]["schemas"], later["paths"]
    for suffix in ("", "CreateRequest", "UpdateRequest", "Response"):
        schemas[f"AppTrailerImage{suffix}"] = json.loads(
            json.dumps(schemas[f"AppStoreReviewAttachment{suffix}"]).replace(
                "appStoreReviewAttachments", "appTrailerImages"
            )
        )
    for path in ("/v1/appStoreReviewAttachments", "/v1/appStoreReviewAttachments/{id}"):
        text = json.dumps(paths[path]).replace("AppStoreReviewAttachment", "AppTrailerImage")
        paths[path.replace("appStoreReviewAttachments", "appTrailerImages")] = json.loads(
            text.replace("appStoreReviewAttachments", "appTrailerImages")
        )

    types = [kind["type"] for kind in build_kinds(later)]

    assert "appTrailerImages" in types and len(types) == 21


def test_q13_kinds_without_a_checksum_in_their_commit_are_committed_without_one() -> None:
    # Q13: some asset types refuse sourceFileChecksum; the spec says which (their update lacks it).
    assert asset_kind("appEventScreenshots").checksum is None
    commit = asset_kind("appEventScreenshots").commit("id-1", "0" * 32)
    assert commit.params["body"].to_dict()["data"]["attributes"] == {"uploaded": True}


def test_a_required_attribute_is_asked_for_before_any_request() -> None:
    with pytest.raises(UploadArgumentError, match="needs the attribute"):
        asset_kind("appEventScreenshots").reserve("event-localization", {"fileName": "a.png", "fileSize": 3})


def test_a_review_attachment_uploads_end_to_end(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    detail = sandbox.ids("appStoreReviewDetails")[0]
    demo = tmp_path / "demo.mov"
    demo.write_bytes(bytes(range(256)) * 20)

    result = upload_asset(asc, "appStoreReviewAttachments", detail, demo, options=FAST)

    assert (result.kind, result.state) == ("appStoreReviewAttachments", "COMPLETE")
    parts = [r for r in sandbox.requests if r.host is Host.PRESIGNED]
    assert parts and all(r.request.header("Authorization") is None for r in parts)  # Q13


def test_app_previews_with_a_poster_frame(asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path) -> None:
    previews = tmp_path / "en-US" / "APP_IPHONE_67"
    previews.mkdir(parents=True)
    (previews / "01-shot.png").write_bytes(png((1290, 2796), "shot"))
    (previews / "01-intro.mp4").write_bytes(bytes(range(256)) * 8)
    (previews / "01-intro.mp4.poster.txt").write_text("00:00:05:00\n")

    first = push_screenshots(asc, Target(APP), tmp_path, options=FAST)
    (previews / "01-intro.mp4.poster.txt").write_text("00:00:02:00\n")
    second = push_screenshots(asc, Target(APP), tmp_path, options=FAST)

    assert first.changes == 3  # the preview set created, the preview and the screenshot uploaded
    assert [line for plan in second.sets for line in plan.lines()] == [
        "set the poster frame of 01-intro.mp4 to 00:00:02:00"
    ]
    preview = asc.request("GET", f"/v1/appPreviews/{second.sets[0].keep[0][1].id}").json()["data"]
    assert preview["attributes"]["previewFrameTimeCode"] == "00:00:02:00"


def test_the_sandbox_serves_the_uploads_of_every_kind_and_only_the_spec_s_operations() -> None:
    operations = {(o.method, o.path): o.how for o in Sandbox().operations()}  # not started
    for type_ in asset_types():
        assert operations["POST", f"/v1/{type_}"] == "uploads", type_
        assert operations["PATCH", f"/v1/{type_}/{{id}}"] == "uploads", type_
    assert len(operations) == 1263

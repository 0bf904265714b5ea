"""End to end against the local sandbox: a real server, real tokens, a presigned host that refuses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from upload_support import IPA, PNG, MakeUploader, Uploader, write

from app_store_connect._keys import ApiKey
from app_store_connect.sandbox import Fault, Host, Sandbox
from app_store_connect.uploads import CreateUncertainError, UploadPartError

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox with 1000-byte parts whose commits answer 504 although they work (Q13)."""
    with Sandbox(quirks="q13", upload_part_size=1000) as running:
        yield running


@pytest.fixture
def upload(sandbox: Sandbox, make_uploader: MakeUploader) -> MakeUploader:
    """Uploaders holding the sandbox's demo key."""
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)

    def make(**options: object) -> Uploader:
        return make_uploader(key=key, base_url=sandbox.base_url, **options)

    return make


def presigned(sandbox: Sandbox) -> list[str]:
    return [record.request.path for record in sandbox.requests if record.host is Host.PRESIGNED]


def api_calls(sandbox: Sandbox) -> list[tuple[str, int]]:
    """(method, status) of each API request but the reads."""
    return [
        (r.request.method, r.status)
        for r in sandbox.requests
        if r.host is Host.API and r.request.method != "GET"
    ]


async def test_q13_screenshot_upload_survives_a_504_commit_without_leaking_the_token(
    sandbox: Sandbox, upload: MakeUploader, tmp_path: Path
) -> None:
    set_id = sandbox.ids("appScreenshotSets")[0]

    result = await upload()("upload_screenshot", set_id, write(tmp_path, "home.png", PNG))

    assert result.state == "COMPLETE"
    assert api_calls(sandbox) == [("POST", 201), ("PATCH", 504)]  # one commit, its 504 checked by a read
    parts = [r for r in sandbox.requests if r.host is Host.PRESIGNED]
    assert [r.status for r in parts] == [200, 200, 200]
    assert all(r.request.header("Authorization") is None for r in parts)
    assert {r.request.header("Content-Type") for r in parts} == {"image/png"}


async def test_q13_build_upload_ends_with_a_valid_build(
    sandbox: Sandbox, upload: MakeUploader, tmp_path: Path
) -> None:
    app_id = sandbox.app_ids[0]

    result = await upload()("upload_build", app_id, write(tmp_path, "App.ipa", IPA), "2.3", "777", "IOS")

    assert result.build is not None and result.build.processing_state == "VALID"
    assert result.build.build_id in sandbox.ids("builds", app=app_id)
    assert len(presigned(sandbox)) == 3


async def test_q13_failed_parts_are_resumed_without_resending_the_others(
    sandbox: Sandbox, upload: MakeUploader, tmp_path: Path
) -> None:
    sandbox.inject(Fault.UNEXPECTED_ERROR, times=100, host=Host.PRESIGNED, path="part-2$")
    uploader = upload()
    path = write(tmp_path, "home.png", PNG)

    with pytest.raises(UploadPartError) as raised:
        await uploader("upload_screenshot", sandbox.ids("appScreenshotSets")[0], path)

    state = raised.value.state
    assert state is not None and (1000, 1000) not in state.done
    assert "part 2 of 3 (bytes 1000-1999)" in str(raised.value) and "InternalError" in str(raised.value)
    sandbox.clear_faults()
    sandbox.clear_requests()

    result = await uploader("resume_upload", state)

    assert result.state == "COMPLETE"
    resent = {int(path.rpartition("-")[2]) for path in presigned(sandbox)}
    parts = [(0, 1000), (1000, 1000), (2000, 524)]
    missing = {number for number, part in enumerate(parts, start=1) if part not in state.done}
    assert 2 in missing and resent == missing


async def test_q14_a_reservation_that_worked_but_answered_504_is_not_sent_again(
    sandbox: Sandbox, upload: MakeUploader, tmp_path: Path
) -> None:
    set_id = sandbox.ids("appScreenshotSets")[0]
    before = sandbox.ids("appScreenshots", appScreenshotSet=set_id)
    sandbox.inject(Fault.GATEWAY_TIMEOUT, method="POST", path="/v1/appScreenshots$", after_handling=True)

    with pytest.raises(CreateUncertainError):
        await upload()("upload_screenshot", set_id, write(tmp_path, "home.png", PNG))

    assert api_calls(sandbox) == [("POST", 504)]
    assert len(sandbox.ids("appScreenshots", appScreenshotSet=set_id)) == len(before) + 1  # it was created

"""The upload engine against reconstructed cassettes (VCR.py under httpx's transports), sync and async."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from doubles import API_HOST, FakeTime, SentLog
from upload_support import (
    APP,
    IPA,
    MOV,
    PNG,
    PRESIGNED_HOST,
    PREVIEW_SET,
    SCREENSHOT,
    SCREENSHOT_SET,
    MakeUploader,
    write,
)

from app_store_connect._errors import GatewayError, NonJsonResponseError
from app_store_connect.uploads import (
    CreateUncertainError,
    DeliveryFailedError,
    DeliveryIssue,
    Phase,
    UploadPartError,
    UploadProgress,
    UploadState,
)

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

SCREENSHOT_PATH = f"/v1/appScreenshots/{SCREENSHOT}"


def body(request: object) -> dict[str, object]:
    """The JSON body of a sent request."""
    content = getattr(request, "content", b"")
    return dict(json.loads(content))


def assert_parts_without_token(sent: SentLog, data: bytes, content_type: str, part_size: int = 1000) -> None:
    """Q13: every presigned PUT carried its operation's headers and its bytes, and no Authorization."""
    puts = sent.to(PRESIGNED_HOST, "PUT")
    assert puts
    for request in puts:
        assert "authorization" not in request.headers
        assert request.headers["content-type"] == content_type
        offset = (int(request.url.params["partNumber"]) - 1) * part_size
        assert request.content == data[offset : offset + part_size]
    assert all(r.headers["authorization"].startswith("Bearer ") for r in sent.to(API_HOST))


@pytest.mark.default_cassette("q13_screenshot_three_parts.yaml")
async def test_q13_multipart_screenshot_upload_ends_complete(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    events: list[UploadProgress] = []
    upload = make_uploader(workers=3)

    result = await upload(
        "upload_screenshot", SCREENSHOT_SET, write(tmp_path, "home.png", PNG), progress=events.append
    )

    assert (result.kind, result.asset_id, result.state) == ("appScreenshots", SCREENSHOT, "COMPLETE")
    assert result.checksum == hashlib.md5(PNG).hexdigest()
    assert sent.calls() == [
        "POST /v1/appScreenshots",
        f"PATCH {SCREENSHOT_PATH}",
        f"GET {SCREENSHOT_PATH}",  # UPLOAD_COMPLETE is not the end (Q13)
        f"GET {SCREENSHOT_PATH}",
    ]
    reserve = body(sent.to(API_HOST, "POST")[0])
    assert reserve["data"] == {
        "type": "appScreenshots",
        "attributes": {"fileName": "home.png", "fileSize": len(PNG)},
        "relationships": {"appScreenshotSet": {"data": {"type": "appScreenshotSets", "id": SCREENSHOT_SET}}},
    }
    assert body(sent.to(API_HOST, "PATCH")[0])["data"] == {
        "type": "appScreenshots",
        "id": SCREENSHOT,
        "attributes": {"uploaded": True, "sourceFileChecksum": hashlib.md5(PNG).hexdigest()},
    }
    assert len(sent.to(PRESIGNED_HOST, "PUT")) == 3
    assert_parts_without_token(sent, PNG, "image/png")
    phases = [event.phase for event in events]
    assert phases == [
        Phase.RESERVED,
        *[Phase.UPLOADING] * 3,
        Phase.COMMITTED,
        Phase.PROCESSING,
        Phase.PROCESSING,
        Phase.DONE,
    ]
    assert [e.sent_bytes for e in events if e.phase is Phase.UPLOADING][-1] == len(PNG)
    assert [e.state for e in events if e.phase is Phase.PROCESSING] == ["UPLOAD_COMPLETE", "COMPLETE"]


@pytest.mark.default_cassette("q13_part_500_once_then_ok.yaml")
async def test_q13_q6_a_part_failing_once_is_retried_alone(
    make_uploader: MakeUploader, sent: SentLog, fake_time: FakeTime, tmp_path: Path
) -> None:
    upload = make_uploader(workers=2)

    result = await upload("upload_screenshot", SCREENSHOT_SET, write(tmp_path, "home.png", PNG))

    assert result.state == "COMPLETE"
    numbers = [r.url.params["partNumber"] for r in sent.to(PRESIGNED_HOST, "PUT")]
    assert sorted(numbers) == ["1", "2", "2", "3"]  # part 2 twice, the others once
    assert_parts_without_token(sent, PNG, "image/png")
    assert fake_time.sleeps[:1] == [0.5]  # the client's policy waited before the retry


@pytest.mark.default_cassette("q13_commit_504_then_state_read.yaml")
async def test_q13_commit_504_is_followed_by_a_state_read_not_a_second_commit(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    upload = make_uploader()

    result = await upload("upload_screenshot", SCREENSHOT_SET, write(tmp_path, "home.png", PNG))

    assert result.state == "COMPLETE"
    assert sent.calls() == [
        "POST /v1/appScreenshots",
        f"PATCH {SCREENSHOT_PATH}",  # answered 504 although it worked
        f"GET {SCREENSHOT_PATH}",  # read before any new commit: UPLOAD_COMPLETE, so none
        f"GET {SCREENSHOT_PATH}",
    ]


@pytest.mark.default_cassette("q13_delivery_failed_with_errors.yaml")
async def test_q13_a_failed_delivery_state_raises_with_apples_error_list(
    make_uploader: MakeUploader, tmp_path: Path
) -> None:
    upload = make_uploader()

    with pytest.raises(DeliveryFailedError) as raised:
        await upload("upload_screenshot", SCREENSHOT_SET, write(tmp_path, "home.png", PNG))

    error = raised.value
    assert error.errors == (
        DeliveryIssue("IMAGE_INCORRECT_DIMENSIONS", "The dimensions of one or more screenshots are wrong."),
    )
    assert error.warnings[0].code == "IMAGE_ALPHA_NOT_ALLOWED"
    assert error.state is None  # nothing to resume: the file itself must change
    assert "screenshot home.png" in str(error) and "IMAGE_INCORRECT_DIMENSIONS" in str(error)


@pytest.mark.default_cassette("q14_reserve_504_not_resent.yaml")
async def test_q14_a_reservation_answering_504_is_not_sent_again(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    upload = make_uploader()

    with pytest.raises(CreateUncertainError) as raised:
        await upload("upload_screenshot", SCREENSHOT_SET, write(tmp_path, "home.png", PNG))

    assert sent.calls() == ["POST /v1/appScreenshots"]
    assert isinstance(raised.value.__cause__, GatewayError)
    assert "not sent again" in str(raised.value) and "Q14" in str(raised.value)


@pytest.mark.default_cassette("q13_part_refused_then_resumed.yaml")
async def test_q13_a_refused_part_is_named_and_the_upload_resumes_from_it(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    upload = make_uploader(workers=1)
    path = write(tmp_path, "home.png", PNG)

    with pytest.raises(UploadPartError) as raised:
        await upload("upload_screenshot", SCREENSHOT_SET, path)

    error = raised.value
    (failure,) = error.failures
    assert (failure.part.number, failure.part.offset, failure.part.length) == (2, 1000, 1000)
    assert isinstance(failure.error, NonJsonResponseError) and failure.error.status_code == 403
    assert "part 2 of 3 (bytes 1000-1999)" in str(error) and "Request has expired" in str(error)
    assert error.state is not None and error.state.done == frozenset({(0, 1000)})
    state = UploadState.from_json(error.state.to_json())  # as a CLI would keep it
    assert "X-Amz" not in error.state.to_json()
    sent.requests.clear()

    result = await upload("resume_upload", state)

    assert result.state == "COMPLETE" and result.checksum == hashlib.md5(PNG).hexdigest()
    assert [r.url.params["partNumber"] for r in sent.to(PRESIGNED_HOST, "PUT")] == ["2", "3"]
    assert sent.calls() == [f"GET {SCREENSHOT_PATH}", f"PATCH {SCREENSHOT_PATH}", f"GET {SCREENSHOT_PATH}"]
    assert_parts_without_token(sent, PNG, "image/png")


@pytest.mark.default_cassette("q13_app_preview_one_part.yaml")
async def test_q13_an_app_preview_goes_through_the_same_engine(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    upload = make_uploader()

    result = await upload(
        "upload_app_preview",
        PREVIEW_SET,
        write(tmp_path, "intro.mov", MOV),
        preview_frame_time_code="00:00:05:00",
    )

    assert (result.kind, result.state) == ("appPreviews", "COMPLETE")
    attributes = body(sent.to(API_HOST, "POST")[0])["data"]
    assert isinstance(attributes, dict)
    assert attributes["attributes"] == {
        "fileName": "intro.mov",
        "fileSize": len(MOV),
        "mimeType": "video/quicktime",
        "previewFrameTimeCode": "00:00:05:00",
    }
    assert_parts_without_token(sent, MOV, "video/quicktime", part_size=5000)


@pytest.mark.default_cassette("q13_build_upload_two_parts.yaml")
async def test_q13_build_upload_ends_with_the_builds_processing_state(
    make_uploader: MakeUploader, sent: SentLog, tmp_path: Path
) -> None:
    events: list[UploadProgress] = []
    upload = make_uploader()

    result = await upload(
        "upload_build", APP, write(tmp_path, "App.ipa", IPA), "1.2", "42", "IOS", progress=events.append
    )

    assert result.build is not None
    assert (result.build.version, result.build.processing_state) == ("42", "VALID")
    assert result.build.build_id == "4e5f6071-8293-4dae-9f10-3b4c5d6e7f80"
    create, reserve = (body(r)["data"] for r in sent.to(API_HOST, "POST"))
    assert isinstance(create, dict) and isinstance(reserve, dict)
    assert create["attributes"] == {
        "cfBundleShortVersionString": "1.2",
        "cfBundleVersion": "42",
        "platform": "IOS",
    }
    assert reserve["attributes"] == {
        "assetType": "ASSET",
        "fileName": "App.ipa",
        "fileSize": len(IPA),
        "uti": "com.apple.ipa",
    }
    commit = body(sent.to(API_HOST, "PATCH")[0])["data"]
    assert isinstance(commit, dict)
    assert commit["attributes"] == {
        "uploaded": True,
        "sourceFileChecksums": {"file": {"hash": hashlib.md5(IPA).hexdigest(), "algorithm": "MD5"}},
    }
    assert [e.state for e in events if e.phase is Phase.PROCESSING] == ["PROCESSING", "COMPLETE"]
    assert_parts_without_token(sent, IPA, "application/octet-stream", part_size=1500)

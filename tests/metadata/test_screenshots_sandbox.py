"""Screenshot sets in sync with folders, end to end against the sandbox (real uploads, presigned host)."""

from __future__ import annotations

from pathlib import Path

import pytest
from metadata_support import APP, IPAD_13, png, screenshots_folder

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect
from app_store_connect.metadata import (
    PushError,
    Target,
    async_push_screenshots,
    pull_screenshots,
    push_screenshots,
)
from app_store_connect.metadata._media_folder import read_media_folder, write_checksums
from app_store_connect.sandbox import Fault, Host, Sandbox
from app_store_connect.uploads import UploadOptions

TARGET = Target(APP)
FAST = UploadOptions(poll_interval=0.01)


def writes(sandbox: Sandbox) -> list[tuple[str, str]]:
    """(method, path) of every request but the reads, the presigned host's parts included."""
    return [(r.request.method, r.request.path) for r in sandbox.requests if r.request.method != "GET"]


def set_order(asc: AppStoreConnect, sandbox: Sandbox, locale: str) -> list[str]:
    """The file names of a locale's iPhone 6.7" set, in Apple's order."""
    localization = next(
        id_ for id_ in sandbox.ids("appStoreVersionLocalizations") if _locale(asc, id_) == locale
    )
    document = asc.request(
        "GET",
        f"/v1/appStoreVersionLocalizations/{localization}/appScreenshotSets",
        params={"include": "appScreenshots", "filter[screenshotDisplayType]": "APP_IPHONE_67"},
    ).json()
    names = {item["id"]: item["attributes"]["fileName"] for item in document.get("included", [])}
    linkage = document["data"][0]["relationships"]["appScreenshots"]["data"]
    return [names[entry["id"]] for entry in linkage]


def _locale(asc: AppStoreConnect, localization: str) -> str:
    document = asc.request("GET", f"/v1/appStoreVersionLocalizations/{localization}").json()
    return str(document["data"]["attributes"]["locale"])


def test_a_push_uploads_then_a_second_push_sends_nothing(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = screenshots_folder(tmp_path, ("en-US", "fr-FR"), 3)
    (folder / "en-US" / "APP_IPAD_PRO_3GEN_129").mkdir()
    (folder / "en-US" / "APP_IPAD_PRO_3GEN_129" / "01-board.png").write_bytes(png(IPAD_13, "ipad"))

    first = push_screenshots(asc, TARGET, folder, options=FAST)

    assert [list(plan.lines()) for plan in first.sets] == [
        ["upload 01-board.png to en-US APP_IPAD_PRO_3GEN_129 screenshots"],
        [
            *(f"upload 0{n}-shot.png to en-US APP_IPHONE_67 screenshots" for n in range(3)),
            "order en-US APP_IPHONE_67 screenshots: 00-shot.png, 01-shot.png, 02-shot.png",  # sent at once
        ],
        [
            "create the fr-FR version localization",
            "create the fr-FR APP_IPHONE_67 screenshots set",
            *(f"upload 0{n}-shot.png to fr-FR APP_IPHONE_67 screenshots" for n in range(3)),
            "order fr-FR APP_IPHONE_67 screenshots: 00-shot.png, 01-shot.png, 02-shot.png",
        ],
    ]
    assert set_order(asc, sandbox, "fr-FR") == ["00-shot.png", "01-shot.png", "02-shot.png"]
    sandbox.clear_requests()

    second = push_screenshots(asc, TARGET, folder, options=FAST)

    assert second.changes == 0
    assert writes(sandbox) == []


def test_changed_renamed_and_removed_files(asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path) -> None:
    folder = screenshots_folder(tmp_path, ("en-US",), 3)
    push_screenshots(asc, TARGET, folder, options=FAST)
    (folder / "en-US" / "01-shot.png").write_bytes(png((1290, 2796), "changed"))
    (folder / "en-US" / "00-shot.png").rename(folder / "en-US" / "09-shot.png")  # now last
    sandbox.clear_requests()

    result = push_screenshots(asc, TARGET, folder, options=FAST)

    assert list(result.sets[0].lines()) == [
        "delete 01-shot.png from en-US APP_IPHONE_67 screenshots",
        "upload 01-shot.png to en-US APP_IPHONE_67 screenshots",
        "order en-US APP_IPHONE_67 screenshots: 01-shot.png, 02-shot.png, 09-shot.png",
    ]
    methods = [method for method, _ in writes(sandbox)]
    assert methods == ["DELETE", "POST", "PUT", "PATCH", "PATCH"]  # delete, reserve, part, commit, order
    assert set_order(asc, sandbox, "en-US") == ["01-shot.png", "02-shot.png", "00-shot.png"]  # Apple's names


def test_a_dry_run_plans_without_writing(asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path) -> None:
    folder = screenshots_folder(tmp_path, ("en-US",), 2)

    plan = push_screenshots(asc, TARGET, folder, dry_run=True)

    assert plan.changes == 3 and not plan.applied  # two uploads and the order
    assert writes(sandbox) == []


def test_q14_a_push_failing_half_way_is_run_again_and_uploads_only_what_is_left(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = screenshots_folder(tmp_path, ("en-US",), 4)
    options = UploadOptions(poll_interval=0.01, workers=1)  # one file at a time: the third one fails

    def fail_the_third_reservation(line: str) -> None:
        if line.startswith("upload 02-"):  # Q14: reserved, yet answered 500, so never sent again
            sandbox.inject(
                Fault.UNEXPECTED_ERROR, method="POST", path="^/v1/appScreenshots$", after_handling=True
            )

    with pytest.raises(PushError) as raised:
        push_screenshots(asc, TARGET, folder, options=options, progress=fail_the_third_reservation)

    assert (raised.value.done, raised.value.total) == (3, 5)  # the other uploads finished, not the order
    assert "Apple may have created it anyway" in str(raised.value)
    sandbox.clear_requests()

    rerun = push_screenshots(asc, TARGET, folder, options=options)

    assert list(rerun.sets[0].lines()) == [
        "delete 02-shot.png from en-US APP_IPHONE_67 screenshots",  # the reservation that answered 500
        "upload 02-shot.png to en-US APP_IPHONE_67 screenshots",
        "order en-US APP_IPHONE_67 screenshots: 00-shot.png, 01-shot.png, 02-shot.png, 03-shot.png",
    ]
    assert set_order(asc, sandbox, "en-US") == [f"0{n}-shot.png" for n in range(4)]


@pytest.mark.anyio
async def test_async_push(sandbox: Sandbox, key: ApiKey, tmp_path: Path) -> None:
    folder = screenshots_folder(tmp_path, ("de-DE",), 2)
    async with AsyncAppStoreConnect(key, base_url=sandbox.base_url) as client:
        first = await async_push_screenshots(client, TARGET, folder, options=FAST)
        second = await async_push_screenshots(client, TARGET, folder, options=FAST)

    assert first.changes == 3 and second.changes == 0  # two uploads and the order


def test_q13_pull_downloads_without_the_token_and_a_push_of_it_sends_nothing(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = screenshots_folder(tmp_path / "mine", ("en-US", "fr-FR"), 3)
    push_screenshots(asc, TARGET, folder, options=FAST)
    (folder / "en-US" / "00-shot.png").rename(folder / "en-US" / "09-shot.png")
    push_screenshots(asc, TARGET, folder, options=FAST)  # now 01, 02, 00 in Apple's order

    pulled = pull_screenshots(asc, TARGET, tmp_path / "pulled")

    shots = tmp_path / "pulled" / "en-US" / "APP_IPHONE_67"
    assert sorted(path.name for path in shots.iterdir()) == ["01-shot.png", "02-shot.png", "03-shot.png"]
    assert (shots / "03-shot.png").read_bytes() == (folder / "en-US" / "09-shot.png").read_bytes()
    assert len(pulled.files) == 6  # the seeded preview sets' assets were never uploaded: skipped, reported
    parts = [r for r in sandbox.requests if r.host is Host.PRESIGNED and r.request.method == "GET"]
    assert parts and all(r.request.header("Authorization") is None for r in parts)  # Q13
    sandbox.clear_requests()
    assert push_screenshots(asc, TARGET, tmp_path / "pulled", options=FAST).changes == 0
    assert writes(sandbox) == []


def test_a_pulled_file_apple_re_encoded_still_counts_as_its_asset(tmp_path: Path) -> None:
    # Apple's CDN serves a re-encoded image: its MD5 is not the sourceFileChecksum of the upload.
    shots = tmp_path / "en-US" / "APP_IPHONE_67"
    shots.mkdir(parents=True)
    (shots / "01-shot.png").write_bytes(png((1290, 2796), "as served"))
    served = read_media_folder(tmp_path)[0].files[0].checksum
    write_checksums(shots, {"01-shot.png": (served, "f" * 32)})

    assert read_media_folder(tmp_path)[0].files[0].checksum == "f" * 32
    (shots / "01-shot.png").write_bytes(png((1290, 2796), "edited"))
    assert read_media_folder(tmp_path)[0].files[0].checksum != "f" * 32  # an edited file is a change


def test_a_new_locale_with_screenshots_and_previews_is_created_once(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    device = tmp_path / "fr-FR" / "APP_IPHONE_67"
    device.mkdir(parents=True)
    (device / "01-shot.png").write_bytes(png((1290, 2796), "shot"))
    (device / "01-intro.mp4").write_bytes(bytes(range(256)) * 4)
    progress: list[str] = []

    result = push_screenshots(asc, TARGET, tmp_path, options=FAST, progress=progress.append)

    assert progress == [
        "create the fr-FR version localization",
        "create the fr-FR IPHONE_67 previews set",
        "upload 01-intro.mp4 to fr-FR IPHONE_67 previews",
        "create the fr-FR APP_IPHONE_67 screenshots set",
        "upload 01-shot.png to fr-FR APP_IPHONE_67 screenshots",
    ]
    assert result.changes == 5
    created = [r.request.path for r in sandbox.requests if r.request.method == "POST"]
    assert created.count("/v1/appStoreVersionLocalizations") == 1


@pytest.mark.anyio
async def test_async_a_failed_file_does_not_stop_the_others(
    asc: AppStoreConnect, sandbox: Sandbox, key: ApiKey, tmp_path: Path
) -> None:
    folder = screenshots_folder(tmp_path, ("de-DE",), 3)
    sandbox.inject(Fault.UNEXPECTED_ERROR, method="POST", path="^/v1/appScreenshots$")  # one reservation

    async with AsyncAppStoreConnect(key, base_url=sandbox.base_url) as client:
        with pytest.raises(PushError) as raised:
            await async_push_screenshots(client, TARGET, folder, options=FAST)
        rerun = await async_push_screenshots(client, TARGET, folder, options=FAST)

    assert (raised.value.done, raised.value.total) == (2, 4)  # two of three files, not the order
    assert (len(rerun.sets[0].upload), rerun.sets[0].delete) == (1, ())  # only the one that failed
    assert set_order(asc, sandbox, "de-DE") == ["00-shot.png", "01-shot.png", "02-shot.png"]

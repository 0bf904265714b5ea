"""A push of 10 locales x 10 screenshots where 3 files changed sends the requests of those 3 only."""

from __future__ import annotations

from pathlib import Path

from metadata_support import APP, IPHONE_67, png, screenshots_folder

from app_store_connect import AppStoreConnect
from app_store_connect.metadata import Target, push_screenshots
from app_store_connect.sandbox import Host, Sandbox
from app_store_connect.uploads import UploadOptions

LOCALES = ("en-US", "de-DE", "fr-FR", "es-ES", "it", "ja", "ko", "pt-BR", "nl-NL", "sv")


def test_three_changed_files_of_a_hundred_send_five_writes_each(
    asc: AppStoreConnect, sandbox: Sandbox, tmp_path: Path
) -> None:
    folder = screenshots_folder(tmp_path, LOCALES, 10)
    options = UploadOptions(poll_interval=0.01)
    push_screenshots(asc, Target(APP), folder, options=options)
    changed = [("de-DE", 2), ("ja", 5), ("sv", 8)]
    for locale, index in changed:
        (folder / locale / f"{index:02d}-shot.png").write_bytes(png(IPHONE_67, f"changed {locale}"))
    sandbox.clear_requests()

    push_screenshots(asc, Target(APP), folder, options=options)

    writes = [
        (r.request.method, r.request.path.split("/")[1 if r.host is Host.PRESIGNED else 2])
        for r in sandbox.requests
        if r.request.method != "GET"
    ]
    per_file = [
        ("DELETE", "appScreenshots"),  # the old file
        ("POST", "appScreenshots"),  # reserve the new one
        ("PUT", "itms-assets"),  # its one part, to the presigned host
        ("PATCH", "appScreenshots"),  # commit
        ("PATCH", "appScreenshotSets"),  # put it back in its place
    ]
    assert writes == per_file * 3
    reads = [r for r in sandbox.requests if r.request.method == "GET"]
    assert len(reads) == 3 + len(LOCALES) + 3  # app, version, localizations; a page of sets each; 1 poll each

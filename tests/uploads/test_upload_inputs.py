"""Bad input is refused before any request, with a message that says what to do."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from upload_support import IPA, write

from app_store_connect._errors import ConfigurationError
from app_store_connect.uploads import UploadArgumentError, UploadOptions, UploadState
from app_store_connect.uploads._build import build_arguments
from app_store_connect.uploads._source import SourceFile


def test_missing_empty_and_directory_paths_are_configuration_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="does not exist; give the path"):
        SourceFile.check(tmp_path / "missing.png")
    with pytest.raises(UploadArgumentError, match="is empty; Apple refuses empty files"):
        SourceFile.check(write(tmp_path, "empty.png", b""))
    with pytest.raises(UploadArgumentError, match="not a regular file"):
        SourceFile.check(tmp_path)


@pytest.fixture
def ipa(tmp_path: Path) -> SourceFile:
    return SourceFile.check(write(tmp_path, "App.ipa", IPA))


def test_build_arguments_accept_a_platform_in_any_case(ipa: SourceFile) -> None:
    arguments = build_arguments("1234567890", ipa, "1.2.3", "42", "ios")

    assert (arguments.platform.value, arguments.uti) == ("IOS", "com.apple.ipa")
    assert arguments.file_attributes(ipa)["fileSize"] == len(IPA)


@pytest.mark.parametrize(
    ("version", "build_number", "platform", "message"),
    [
        ("1.2", "42", "ANDROID", "unknown platform 'ANDROID'; use one of IOS, MAC_OS, TV_OS, VISION_OS"),
        ("1.2.x", "42", "IOS", "version '1.2.x' is not a valid CFBundleShortVersionString"),
        ("1.2", "", "IOS", "build_number '' is not a valid CFBundleVersion"),
        ("1.2", "1.2.3.4", "IOS", "one to three integers"),
        ("1.2", "42", "MAC_OS", "macOS builds are .pkg files"),
    ],
)
def test_bad_build_arguments_say_what_to_use(
    ipa: SourceFile, version: str, build_number: str, platform: str, message: str
) -> None:
    with pytest.raises(UploadArgumentError, match=re.escape(message)):
        build_arguments("1234567890", ipa, version, build_number, platform)


def test_a_build_must_be_an_ipa_or_pkg(tmp_path: Path) -> None:
    archive = SourceFile.check(write(tmp_path, "App.zip", IPA))

    with pytest.raises(UploadArgumentError, match=r"not an \.ipa or \.pkg; export the archive"):
        build_arguments("1234567890", archive, "1.2", "42", "IOS")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 0}, "workers must be at least 1"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"poll_interval": 60, "poll_max_interval": 30}, "at most poll_max_interval"),
        ({"poll_timeout": 0}, "poll_timeout must be positive"),
    ],
)
def test_upload_options_are_checked_when_made(options: dict[str, float], message: str) -> None:
    with pytest.raises(UploadArgumentError, match=message):
        UploadOptions(**options)  # type: ignore[arg-type]


def test_upload_state_round_trips_through_json_and_refuses_garbage(tmp_path: Path) -> None:
    state = UploadState(
        "buildUploadFiles", "file-1", os.fspath(tmp_path / "App.ipa"), 2560, 7, frozenset({(0, 1500)}), "up-1"
    )

    assert UploadState.from_json(state.to_json()) == state
    for text in ("not json", '{"version": 2}', '{"version": 1, "kind": "appScreenshots"}'):
        with pytest.raises(UploadArgumentError, match="not an upload state"):
            UploadState.from_json(text)

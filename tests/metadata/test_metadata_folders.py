"""Reading metadata and screenshot folders: fastlane deliver's layout, refused input, display types."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from metadata_support import IPAD_13, IPHONE_67, png

from app_store_connect import AppStoreConnectError
from app_store_connect.metadata import LimitError, MediaKind, MetadataFolderError
from app_store_connect.metadata._display import image_size
from app_store_connect.metadata._folder import read_folder, write_folder
from app_store_connect.metadata._media_folder import read_media_folder


def test_deliver_layout_round_trips_and_trailing_newlines_are_not_values(tmp_path: Path) -> None:
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "release_notes.txt").write_text("Bug fixes.\n")
    (tmp_path / "review_information").mkdir()
    (tmp_path / "review_information" / "email_address.txt").write_text("review@example.com\n")
    (tmp_path / "age_rating.json").write_text(json.dumps({"gambling": False}))

    values = read_folder(tmp_path)

    assert {key.path: value for key, value in values.items()} == {
        "en-US/release_notes": "Bug fixes.",
        "review_information/email_address": "review@example.com",
        "age_rating/gambling": False,
    }
    write_folder(tmp_path / "copy", values)
    assert read_folder(tmp_path / "copy") == values


def test_an_unknown_file_is_refused_naming_the_known_ones(tmp_path: Path) -> None:
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "descripton.txt").write_text("typo")

    with pytest.raises(
        MetadataFolderError, match=r"descripton.txt is not a metadata file; .*description.txt"
    ):
        read_folder(tmp_path)


def test_a_folder_that_is_not_a_locale_is_refused(tmp_path: Path) -> None:
    (tmp_path / "English").mkdir()

    with pytest.raises(MetadataFolderError, match="name it after an App Store locale such as en-US"):
        read_folder(tmp_path)


def test_display_type_from_the_folder_name_or_the_image_size(tmp_path: Path) -> None:
    (tmp_path / "en-US" / "ipad_pro_3gen_129").mkdir(parents=True)
    (tmp_path / "en-US" / "02-b.png").write_bytes(png(IPHONE_67, "b"))
    (tmp_path / "en-US" / "01-a.png").write_bytes(png((IPHONE_67[1], IPHONE_67[0]), "a"))  # landscape
    (tmp_path / "en-US" / "ipad_pro_3gen_129" / "x.png").write_bytes(png(IPAD_13, "x"))
    (tmp_path / "en-US" / "APP_IPHONE_67").mkdir()
    (tmp_path / "en-US" / "APP_IPHONE_67" / "01-intro.mp4").write_bytes(b"video")
    (tmp_path / "en-US" / "APP_IPHONE_67" / "01-intro.mp4.poster.txt").write_text("00:00:05:00\n")

    sets = read_media_folder(tmp_path)

    assert [(s.kind, s.device, [f.path.name for f in s.files]) for s in sets] == [
        (MediaKind.PREVIEWS, "IPHONE_67", ["01-intro.mp4"]),
        (MediaKind.SCREENSHOTS, "APP_IPAD_PRO_3GEN_129", ["x.png"]),
        (MediaKind.SCREENSHOTS, "APP_IPHONE_67", ["01-a.png", "02-b.png"]),
    ]
    assert sets[0].files[0].poster == "00:00:05:00"


def test_an_image_of_an_unknown_size_says_how_to_name_its_folder(tmp_path: Path) -> None:
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "odd.png").write_bytes(png((1000, 1000), "odd"))

    with pytest.raises(MetadataFolderError, match=r"1000x1000 pixels.*folder named after its display type"):
        read_media_folder(tmp_path)


def test_a_video_outside_a_display_type_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "intro.mov").write_bytes(b"video")

    with pytest.raises(AppStoreConnectError, match="their device cannot be told from the video"):
        read_media_folder(tmp_path)


def test_jpeg_size_is_read_from_its_frame_header(tmp_path: Path) -> None:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + bytes(14)
    sof0 = b"\xff\xc0" + struct.pack(">HBHH", 17, 8, 2796, 1290) + bytes(10)
    path = tmp_path / "shot.jpg"
    path.write_bytes(b"\xff\xd8" + app0 + sof0 + b"\xff\xd9")

    assert image_size(path) == (1290, 2796)


def test_more_screenshots_than_apple_takes_in_a_set_are_refused(tmp_path: Path) -> None:
    (tmp_path / "en-US").mkdir()
    for index in range(11):
        (tmp_path / "en-US" / f"{index:02d}.png").write_bytes(png(IPHONE_67, str(index)))

    with pytest.raises(LimitError, match="en-US APP_IPHONE_67 screenshots has 11 files, Apple takes 10"):
        read_media_folder(tmp_path)


def test_category_names_of_older_deliver_folders_become_api_ids(tmp_path: Path) -> None:
    for file, value in (
        ("primary_category", "MZGenre.Business"),
        ("primary_first_sub_category", "MZGenre.Games.Action"),
        ("secondary_category", "Food & Drink"),
        ("secondary_first_sub_category", "GAMES_PUZZLE"),
    ):
        (tmp_path / f"{file}.txt").write_text(value + "\n")

    values = {key.path: value for key, value in read_folder(tmp_path).items()}

    assert values == {
        "primary_category": "BUSINESS",
        "primary_first_sub_category": "GAMES_ACTION",
        "secondary_category": "FOOD_AND_DRINK",
        "secondary_first_sub_category": "GAMES_PUZZLE",
    }

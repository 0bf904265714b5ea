"""The metadata folder in fastlane deliver's layout, read into values and written from them.

`metadata/<locale>/<field>.txt` per locale, `metadata/<field>.txt` and `metadata/review_information/`
for the rest, `metadata/age_rating.json` for the age rating declaration. A file that is absent is not
managed (left as it is in App Store Connect); an empty file clears the value.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from pathlib import Path

from ._errors import LimitError, MetadataFolderError
from ._fields import (
    AGE_RATING_FILE,
    AGE_RATING_PREFIX,
    GLOBAL_FIELDS,
    LOCALIZED_FIELDS,
    Field,
    Key,
    Owner,
    age_rating_field,
    field_named,
)

logger = logging.getLogger("app_store_connect.metadata")

Value = str | bool | int | None
Values = dict[Key, Value]

LOCALE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,4})*$")  # en-US, ja, zh-Hans, es-MX
_GLOBAL_FOLDERS = {"review_information"}
_IGNORED = {"default"}  # deliver's fallback folder: its texts apply to every locale, not pushed as one
_LEGACY_CATEGORY = re.compile(r"^(MZGenre\.)?[A-Za-z][A-Za-z &.]*$")


def read_folder(folder: str | Path) -> Values:
    """Every value the folder holds; unknown files are an error naming the known ones."""
    root = Path(folder)
    if not root.is_dir():
        raise MetadataFolderError(f"{root} is not a folder; give the metadata folder (as `pull` writes it)")
    values: Values = {}
    for field in GLOBAL_FIELDS:
        if (text := _text(root / f"{field.file}.txt")) is not None:
            values[Key(field)] = category_id(text) if field.owner is Owner.APP_INFO else text
    values.update(_age_rating(root / AGE_RATING_FILE))
    for entry in sorted(root.iterdir()):
        if entry.is_dir() and entry.name not in _GLOBAL_FOLDERS:
            values.update(_locale(entry))
        elif entry.is_file() and entry.suffix == ".txt" and field_named(entry.stem) not in GLOBAL_FIELDS:
            raise MetadataFolderError(_unknown(entry, GLOBAL_FIELDS))
    return values


def write_folder(folder: str | Path, values: Mapping[Key, Value]) -> list[Path]:
    """Write `values` as files (None values are not written); returns the files written."""
    root = Path(folder)
    written = []
    ages = {key.field.attribute: value for key, value in values.items() if _is_age(key.field)}
    for key, value in values.items():
        if value is None or _is_age(key.field):
            continue
        path = root / (key.locale or "") / f"{key.field.file}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(str(value), encoding="utf-8")
        written.append(path)
    if ages:
        path = root / AGE_RATING_FILE
        root.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(dict(sorted(ages.items())), indent=2, ensure_ascii=False) + "\n")
        written.append(path)
    return written


def category_id(value: str) -> str:
    """The API's category id for a value of older deliver folders: `MZGenre.Business`, `Business` and
    `Food & Drink` are `BUSINESS` and `FOOD_AND_DRINK`, `MZGenre.Games.Action` is `GAMES_ACTION`; an id
    (`BUSINESS`, or any value with digits) is kept as it is."""
    if not _LEGACY_CATEGORY.match(value) or value.isupper():
        return value
    words = value.removeprefix("MZGenre.").replace("&", " and ").replace(".", " ")
    return "_".join(words.upper().split())


def check_limits(values: Mapping[Key, Value]) -> None:
    """Raise `LimitError` listing every value over Apple's limit (before any request)."""
    problems = [
        f"{key.path} is {problem}"
        for key, value in values.items()
        if isinstance(value, str) and (problem := key.field.problem(value)) is not None
    ]
    if problems:
        raise LimitError(problems)


def _locale(folder: Path) -> Values:
    if folder.name in _IGNORED:
        logger.warning("%s is not pushed: copy its files into each locale's folder", folder)
        return {}
    if not LOCALE.match(folder.name):
        raise MetadataFolderError(
            f"{folder} is not a locale folder: name it after an App Store locale such as en-US or de-DE"
        )
    values: Values = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue  # .DS_Store and the like
        field = field_named(entry.stem)
        if entry.suffix != ".txt" or field not in LOCALIZED_FIELDS or field is None:
            raise MetadataFolderError(_unknown(entry, LOCALIZED_FIELDS))
        values[Key(field, folder.name)] = _text(entry)
    return values


def _age_rating(path: Path) -> Values:
    if not path.is_file():
        return {}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise MetadataFolderError(f"{path} is not JSON ({error}); write one object of attributes") from None
    if not isinstance(document, dict):
        raise MetadataFolderError(f"{path} must hold one JSON object of age rating attributes")
    return {Key(age_rating_field(name)): value for name, value in document.items()}


def _text(path: Path) -> str | None:
    """The file's text without trailing white space (editors add a newline); None when absent."""
    if not path.is_file():
        return None
    try:
        return path.read_text(encoding="utf-8").rstrip()
    except UnicodeDecodeError:
        raise MetadataFolderError(f"{path} is not UTF-8 text; save it as UTF-8") from None


def _is_age(field: Field) -> bool:
    return field.file.startswith(AGE_RATING_PREFIX)


def _unknown(path: Path, known: tuple[Field, ...]) -> str:
    names = ", ".join(f"{field.file}.txt" for field in known if "/" not in field.file)
    return f"{path} is not a metadata file; the files here are {names}"

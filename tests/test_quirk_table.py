"""QUIRKS.md is an index that stays true: every test it names exists, every catalog ID has a row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TABLE = (ROOT / "QUIRKS.md").read_text()
CATALOG = ROOT.parent / "shared" / "quirks.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def rows() -> dict[str, str]:
    return {match[1]: match[2] for match in re.finditer(r"^\| ([QS]\d+) \|(.*)$", TABLE, re.MULTILINE)}


@pytest.mark.parametrize(("path", "test"), sorted(set(REFERENCE.findall(TABLE))))
def test_named_test_exists(path: str, test: str) -> None:
    source = ROOT / path
    assert source.is_file(), f"QUIRKS.md names {path}, which does not exist"
    assert re.search(rf"^(async )?def {test}\(", source.read_text(), re.MULTILINE), f"{test} is not in {path}"


def test_every_catalog_id_has_a_row() -> None:
    if not CATALOG.is_file():
        pytest.skip(f"the quirk catalog is not at {CATALOG}")
    catalog = set(re.findall(r"^\| ([QS]\d+) \|", CATALOG.read_text(), re.MULTILINE))
    assert catalog - rows().keys() == set()


def test_every_handled_row_names_a_test() -> None:
    handled = {quirk: row for quirk, row in rows().items() if "Not handled" not in row}
    unproven = [quirk for quirk, row in handled.items() if not REFERENCE.search(row)]
    assert unproven == []

"""The sandbox's model of the API (`sandbox/model.json.gz`, shipped in the wheel) is exactly what
`scripts/sandbox_model.py` makes of the patched spec in ../shared."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
sys.path.insert(0, str(ROOT / "scripts"))

from sandbox_model import MODEL_PATH, model_bytes, patched  # noqa: E402


@pytest.mark.skipif(not SHARED_SPEC.is_file(), reason=f"Apple's spec not found at {SHARED_SPEC}")
def test_the_shipped_model_is_up_to_date_with_the_spec() -> None:
    expected = model_bytes(patched(json.loads(SHARED_SPEC.read_text())))
    assert MODEL_PATH.read_bytes() == expected, "out of date: run python scripts/sandbox_model.py"


def test_the_model_is_packaged_with_the_sandbox() -> None:
    from importlib import resources

    assert resources.files("app_store_connect.sandbox").joinpath("model.json.gz").is_file()


FIXTURES = ROOT.parent / "shared" / "fixtures" / "real-world"


@pytest.mark.skipif(not FIXTURES.is_dir(), reason=f"the real-world fixtures are not at {FIXTURES}")
def test_the_shipped_fixture_seed_is_up_to_date_and_sanitized() -> None:
    from sandbox_fixture_seed import SEED_PATH, seed_text

    text = SEED_PATH.read_text()
    assert text == seed_text(), "out of date: run python scripts/sandbox_fixture_seed.py"
    emails = {word.strip('",') for word in text.split() if "@" in word}
    assert emails == {"ada@example.com"}

#!/usr/bin/env python3
"""Write `overlay/app_store_connect/sandbox/fixture_seed.json`: attributes of real App Store Connect
resources from `../shared/fixtures/real-world`, sanitized, for the sandbox's generated resources.

The wheel cannot read ../shared, so the sandbox ships this small file. Kept: up to three resources
per type the sandbox does not seed by hand, and of those only attributes the spec knows that fit their
schema (an S2 `null` or an S3 date is left to the generated value). Sanitized: ids are dropped (the
sandbox makes its own), people's names and e-mail addresses are replaced, URLs outside Apple's hosts
point to example.com, and long blobs (certificate and profile contents) are dropped.

    python scripts/sandbox_fixture_seed.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT.parent / "shared" / "fixtures" / "real-world"
SEED_PATH = ROOT / "overlay" / "app_store_connect" / "sandbox" / "fixture_seed.json"
PER_TYPE = 3
MAX_TEXT = 300
_PEOPLE = {
    "firstName": "Ada",
    "lastName": "Lovelace",
    "username": "ada@example.com",
    "email": "ada@example.com",
    "reviewerNickname": "Trail fan",
}
_APPLE_HOSTS = ("apple.com", "mzstatic.com")


def fixture_seed(fixtures: Path = FIXTURES) -> dict[str, Any]:
    """The sanitized attributes by type (see the module docstring)."""
    from app_store_connect.sandbox._model import load_model
    from app_store_connect.sandbox._seed import HAND_SEEDED

    model = load_model()
    seeds: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(fixtures.glob("*.json")):
        for item in _resources(json.loads(path.read_text())):
            type_ = item.get("type")
            entry = model.types.get(str(type_))
            if entry is None or type_ in HAND_SEEDED or len(seeds.get(entry.type, [])) >= PER_TYPE:
                continue
            attributes = {
                name: clean
                for name, value in (item.get("attributes") or {}).items()
                if name in entry.attributes
                and (clean := _sanitized(name, value)) is not None
                and model.schemas.problem(clean, entry.attributes[name]) is None
            }
            if attributes and attributes not in seeds.get(entry.type, []):
                seeds.setdefault(entry.type, []).append(attributes)
    return {
        "source": "../shared/fixtures/real-world, sanitized by scripts/sandbox_fixture_seed.py",
        "types": seeds,
    }


def seed_text(fixtures: Path = FIXTURES) -> str:
    """The file's content."""
    return json.dumps(fixture_seed(fixtures), indent=1, sort_keys=True) + "\n"


def _resources(document: Any) -> list[dict[str, Any]]:
    if not isinstance(document, dict):
        return []
    data = document.get("data")
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    return [item for item in [*items, *document.get("included", [])] if isinstance(item, dict)]


def _sanitized(name: str, value: Any) -> Any:
    """`value` without personal data, or None to drop it."""
    if name in _PEOPLE:
        return _PEOPLE[name]
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            return None
        if "@" in value:
            return "ada@example.com"
        if value.startswith(("http://", "https://")):
            host = urlsplit(value).hostname or ""
            return value if host.endswith(_APPLE_HOSTS) else f"https://example.com/{name}"
        return value
    if isinstance(value, list):
        cleaned = [_sanitized(name, item) for item in value]
        return None if any(item is None for item in cleaned) else cleaned
    if isinstance(value, dict):
        cleaned_map = {key: _sanitized(key, item) for key, item in value.items()}
        return {key: item for key, item in cleaned_map.items() if item is not None}
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is out of date")
    args = parser.parse_args(argv)
    text = seed_text()
    if args.check:
        if not SEED_PATH.exists() or SEED_PATH.read_text() != text:
            print(f"{SEED_PATH.relative_to(ROOT)} is out of date: run python scripts/sandbox_fixture_seed.py")
            return 1
        return 0
    SEED_PATH.write_text(text)
    print(f"wrote {SEED_PATH.relative_to(ROOT)} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The regeneration script: deterministic output, idempotent patches, readable failures (issue 2)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = PROJECT_ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
SCRIPT = PROJECT_ROOT / "scripts" / "regenerate.py"
sys.path.insert(0, str(PROJECT_ROOT / "spec"))
sys.path.insert(0, str(PROJECT_ROOT / "scripts"))

import patches  # noqa: E402
from spec_surface import diff_surfaces, surface_of  # noqa: E402


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=900, check=False
    )


@pytest.fixture(scope="module")
def shared_spec() -> dict[str, object]:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"Apple's spec not found at {SHARED_SPEC} (../shared is not beside the checkout)")
    document: dict[str, object] = json.loads(SHARED_SPEC.read_bytes())
    return document


def test_generated_package_is_exactly_what_the_script_produces(shared_spec: dict[str, object]) -> None:
    result = run_script("--spec", str(SHARED_SPEC), "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ is exactly what this spec produces" in result.stdout


def test_s11_lock_records_the_input_by_hash(shared_spec: dict[str, object]) -> None:
    import hashlib

    lock = json.loads((PROJECT_ROOT / "spec" / "lock.json").read_text())
    assert lock["input_sha256"] == hashlib.sha256(SHARED_SPEC.read_bytes()).hexdigest()
    assert lock["info_version"] == "4.4.1"
    assert lock["operations"] == 1263
    assert lock["generator"] == "openapi-python-client 0.29.1"
    assert lock["download_url"].startswith("https://developer.apple.com/")


def test_s5_patches_are_idempotent(shared_spec: dict[str, object]) -> None:
    once = copy.deepcopy(shared_spec)
    first = dict((patch.name, count) for patch, count in patches.apply_all(once))
    twice = copy.deepcopy(once)
    second = dict((patch.name, count) for patch, count in patches.apply_all(twice))
    assert twice == once
    assert set(second.values()) == {0}
    assert first["type-enums-as-const"] == 1644  # S5: every single-value `type` enum


def test_s4_s6_s7_s8_s9_patches_apply_to_apples_raw_shapes() -> None:
    """The shared copy already carries some fixes; Apple's raw download does not (SOURCE.md)."""
    raw = {
        "paths": {
            "/v1/appInfos/{id}": {
                "get": {
                    "parameters": [
                        {
                            "in": "query",
                            "name": "fields[appInfos]",
                            "schema": {
                                "type": "array",
                                "items": {"type": "string", "enum": ["appStoreState", "kidsAgeBand"]},
                            },
                        }
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "Empty": {"type": "string", "enum": []},
                "AppEvent": {
                    "type": "object",
                    "properties": {
                        "attributes": {
                            "type": "object",
                            "properties": {
                                "deepLink": {"type": "string", "format": "uri"},
                                "purchaseRequirement": {"type": "string"},
                            },
                        }
                    },
                },
                "ErrorResponse": {
                    "type": "object",
                    "properties": {
                        "errors": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    k: {"type": "string"} for k in ("code", "status", "title", "detail")
                                },
                                "required": ["code", "status", "title", "detail"],
                            },
                        }
                    },
                },
                "WinBackOfferPriceInlineCreate": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": ["winBackOfferPrices"]},
                        "id": {"type": "string"},
                    },
                },
            }
        },
    }
    counts = {patch.name: count for patch, count in patches.apply_all(raw)}
    schemas = raw["components"]["schemas"]
    assert "enum" not in schemas["Empty"]
    attributes = schemas["AppEvent"]["properties"]["attributes"]["properties"]
    assert "format" not in attributes["deepLink"]
    assert attributes["purchaseRequirement"]["enum"] == ["NO_COST_ASSOCIATED", "IN_APP_PURCHASE"]
    assert schemas["ErrorResponse"]["properties"]["errors"]["items"]["required"] == [
        "code",
        "status",
        "title",
    ]
    relationships = schemas["WinBackOfferPriceInlineCreate"]["properties"]["relationships"]["properties"]
    assert relationships["territory"]["properties"]["data"]["properties"]["type"] == {
        "type": "string",
        "const": "territories",
    }
    enum = raw["paths"]["/v1/appInfos/{id}"]["get"]["parameters"][0]["schema"]["items"]["enum"]
    assert enum == ["appStoreState"]
    assert all(
        counts[name] >= 1
        for name in (
            "drop-empty-enums",
            "deep-link-plain-string",
            "purchase-requirement-enum",
            "error-detail-optional",
            "win-back-offer-price-relationships",
            "fields-app-infos-without-kids-age-band",
        )
    )


def test_surface_diff_reads_like_a_changelog() -> None:
    old = surface_of(
        {
            "paths": {"/v1/apps": {"get": {"operationId": "apps_getCollection"}}},
            "components": {"schemas": {"Platform": {"type": "string", "enum": ["IOS"]}}},
        }
    )
    new = surface_of(
        {
            "paths": {
                "/v1/apps": {"get": {"operationId": "apps_getCollection"}},
                "/v1/games": {"post": {"operationId": "games_create"}},
            },
            "components": {"schemas": {"Platform": {"type": "string", "enum": ["IOS", "VISION_OS"]}}},
        }
    )
    report = diff_surfaces(old, new)
    assert "Operations: +1 -0" in report
    assert "+ POST /v1/games games_create" in report
    assert "+ Platform VISION_OS" in report
    assert diff_surfaces(new, new).endswith("unchanged against spec/surface.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a valid zip archive"),
        (b'{"swagger": "2.0"}', "not an OpenAPI document"),
        (b"<html>", "not JSON"),
    ],
)
def test_bad_input_is_explained(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "input.json"
    bad.write_bytes(content)
    result = run_script("--spec", str(bad), "--diff-only")
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_s11_zip_input_compared_by_hash(tmp_path: Path, shared_spec: dict[str, object]) -> None:
    missing = run_script("--spec", str(tmp_path / "nope.json"), "--diff-only")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    archive = tmp_path / "spec.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(SHARED_SPEC, "openapi.oas.json")
    result = run_script("--spec", str(archive), "--diff-only")
    assert result.returncode == 0, result.stderr
    assert "identical input" in result.stdout
    assert "API surface: unchanged" in result.stdout

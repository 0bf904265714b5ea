"""Schemathesis against a running sandbox: the spec copy it checks with, and one run of its CLI.

The copy is the patched spec (what `generated/` is made from) with the spec defects that fail a check
whatever the server does taken out, each with its quirk ID:
- S2: the live API sends `null` for attributes, to-one relationship `data` and an empty to-one related
  resource, which the spec marks non-nullable; the copy allows `null` there (not anywhere else).
- S20: `AppEvent.attributes.deepLink` has `format: null`, which schemathesis refuses (the whole file).
- S5: the generation patch turns single-value `type` enums into `const`, which OpenAPI 3.0 does not
  know: every `included` item would match every `oneOf` branch; the copy has the `enum` back.
Path ids are pinned to seeded resources (`enum` of one id), so reads reach real data, not only 404s.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt

from app_store_connect.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
SEED = 42
Json = dict[str, Any]


def patched_spec() -> Json:
    """Apple's file patched as for generation (spec/patches.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from sandbox_model import patched

    return patched(json.loads(SHARED_SPEC.read_text()))


def check_spec(spec: Json, sandbox: Sandbox, *, relax: bool = True) -> Json:
    """The copy schemathesis checks against (see the module docstring); without `relax` only what it
    needs to load the file at all (S20) and the pinned ids, to measure what the other defects cost."""
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items() if relax else ():
        _allow_s2_nulls(schema)
        data = schema.get("properties", {}).get("data")
        if name.endswith("Response") and isinstance(data, dict) and data.get("type") != "array":
            data["nullable"] = True  # S2: an empty to-one related resource is `data: null`
    for node in _objects(spec):
        if "format" in node and node["format"] is None:
            del node["format"]  # S20
        if "const" in node and relax:  # S5: patched to `const` for the generator; OpenAPI 3.0 has `enum`
            node["enum"] = [node.pop("const")]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            pinned = _seeded_id(sandbox, path)
            parameters = operation.get("parameters", []) + item.get("parameters", [])
            for parameter in parameters:
                if parameter.get("in") == "path" and pinned is not None:
                    parameter["schema"] = {"type": "string", "enum": [pinned]}
    spec["servers"] = [{"url": sandbox.base_url}]
    return spec


def _allow_s2_nulls(schema: Json) -> None:
    properties = schema.get("properties", {})
    for attributes in (properties.get("attributes"),):
        if isinstance(attributes, dict):
            for value in attributes.get("properties", {}).values():
                value["nullable"] = True
    relationships = properties.get("relationships", {})
    for rel in relationships.get("properties", {}).values() if isinstance(relationships, dict) else ():
        data = rel.get("properties", {}).get("data")
        if isinstance(data, dict) and data.get("type") != "array":
            data["nullable"] = True


def _objects(node: Any) -> list[Json]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            found.append(current)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _seeded_id(sandbox: Sandbox, path: str) -> str | None:
    """A seeded id of the resource type a path's `{id}` names (the richest app for apps)."""
    segments = path.strip("/").split("/")
    if len(segments) < 3 or segments[2] != "{id}":
        return None
    if segments[1] == "apps":
        return sandbox.app_ids[0]
    ids = sandbox.ids(segments[1]) if segments[1] in sandbox.resource_types else []
    return ids[0] if ids else None


@dataclass(frozen=True)
class Outcome:
    """What one run found: operations tested, those with a failure, failures by kind, seconds taken."""

    tested: int
    failed: dict[str, list[str]]
    seconds: float
    report: Json

    def kinds(self) -> Counter[str]:
        """Failures counted by check."""
        return Counter(kind for kinds in self.failed.values() for kind in kinds)


def run(sandbox: Sandbox, spec: Json, work: Path, *, methods: tuple[str, ...], examples: int) -> Outcome:
    """Run schemathesis's CLI on `spec` against `sandbox` and read its JSON report."""
    spec_path, report_path = work / "spec.json", work / "report.json"
    spec_path.write_text(json.dumps(spec))
    now = int(time.time())
    token = jwt.encode(
        {"iss": sandbox.issuer_id, "iat": now, "exp": now + 1200, "aud": "appstoreconnect-v1"},
        sandbox.private_key_pem,
        algorithm="ES256",
        headers={"kid": sandbox.key_id},
    )
    command = [
        str(Path(sys.executable).parent / "st"),
        "run",
        str(spec_path),
        f"--url={sandbox.base_url}",
        f"--header=Authorization: Bearer {token}",
        f"--checks={CHECKS}",
        f"--max-examples={examples}",
        f"--seed={SEED}",
        "--mode=positive",
        "--phases=examples,fuzzing",
        "--no-shrink",
        "--workers=2",
        "--suppress-health-check=all",
        "--report=ndjson",
        f"--report-ndjson-path={report_path}",
        *(f"--include-method={method}" for method in methods),
    ]
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    seconds = time.monotonic() - started
    return _outcome(report_path, seconds, result.stdout + result.stderr)


def _outcome(report_path: Path, seconds: float, output: str) -> Outcome:
    tested: set[str] = set()
    failed: dict[str, list[str]] = {}
    for line in report_path.read_text().splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if not finished:
            continue
        label = (finished.get("recorder") or {}).get("label") or ""
        if not label:
            continue
        tested.add(label)
        for case in (finished.get("recorder") or {}).get("checks", {}).values():
            for check in case:
                if check.get("status") == "failure":
                    failure = check["failure_info"]["failure"]
                    failed.setdefault(label, []).append(f"{check['name']}: {failure['message'][:300]}")
    return Outcome(len(tested), failed, seconds, {"output": output[-4000:]})

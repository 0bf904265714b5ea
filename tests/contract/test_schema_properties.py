"""Property-based: documents drawn from each response schema parse and round-trip (issue 7).

The default run checks a fixed sample of response schemas; `--run-slow` checks all of them.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from schema_strategies import documents
from spec_schemas import SHARED_SPEC, json_schema, patched_spec

from app_store_connect_api import models

SAMPLE_EVERY = 15  # about 50 of ~700 response schemas in the default run
ALWAYS = (
    "AppsResponse",
    "BuildsResponse",
    "InAppPurchasesV2Response",
    "ErrorResponse",
    "CertificatesResponse",
)


def response_schema_names() -> list[str]:
    if not SHARED_SPEC.is_file():
        return []
    return sorted(name for name in patched_spec()["components"]["schemas"] if name.endswith("Response"))


def cases(run_slow: bool) -> list[str]:
    names = response_schema_names()
    sampled = set(names[::SAMPLE_EVERY]) | {name for name in ALWAYS if name in names}
    return names if run_slow else [name for name in names if name in sampled]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "schema_name" in metafunc.fixturenames:
        metafunc.parametrize("schema_name", cases(metafunc.config.getoption("--run-slow")))


def test_documents_from_the_schema_parse_and_round_trip(schema_name: str) -> None:
    model = getattr(models, schema_name)

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(documents(json_schema(schema_name)))
    def check(document: dict[str, Any]) -> None:
        parsed = model.from_dict(document)
        assert model.from_dict(parsed.to_dict()) == parsed

    check()


def test_the_sample_is_not_empty() -> None:
    if not SHARED_SPEC.is_file():
        pytest.skip("Apple's spec is not in ../shared")
    assert len(cases(run_slow=False)) >= 40

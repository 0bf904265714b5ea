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


def cases() -> list[Any]:
    names = response_schema_names()
    sampled = set(names[::SAMPLE_EVERY]) | {name for name in ALWAYS if name in names}
    return [name if name in sampled else pytest.param(name, marks=pytest.mark.slow) for name in names]


@pytest.mark.parametrize("schema_name", cases())
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
    assert len([case for case in cases() if isinstance(case, str)]) >= 40

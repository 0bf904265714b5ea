"""Hypothesis strategies for documents shaped like a (converted) spec schema, as the live API sends them.

Besides what the schema allows, they also draw what the live API does and the spec does not say:
an enum value Apple added later (S1), `null` for an optional property (S2), an extra field.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

_TEXT = st.text(alphabet="abcXYZ019 -_.", max_size=12)
_DATE_TIMES = st.sampled_from(
    [
        "2025-12-01T10:00:00Z",
        "2020-02-01T20:50:34.000+0000",
        "2024-05-06T07:08:09-08:00",
        "2023-01-02T03:04:05.678Z",
    ]
)
_EXTRA = st.dictionaries(st.sampled_from(["extraField", "newFlag"]), st.integers(0, 9) | _TEXT, max_size=1)


def documents(schema: dict[str, Any], *, lenient: bool = True) -> st.SearchStrategy[Any]:
    """Values valid for `schema` (plus, when `lenient`, the live API's deviations)."""
    if schema.get("x-recursion-cut"):
        return st.nothing()
    if "anyOf" in schema or "oneOf" in schema:
        return st.one_of(
            [documents(option, lenient=lenient) for option in schema.get("anyOf", schema.get("oneOf"))]
        )
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        known = st.sampled_from(schema["enum"])
        return known | st.just("VALUE_APPLE_ADDED_LATER") if lenient else known
    kind = schema.get("type")
    if kind == "null":
        return st.none()
    if kind == "object" or "properties" in schema:
        return _objects(schema, lenient)
    if kind == "array":
        items = schema.get("items", {})
        return (
            st.just([])
            if items.get("x-recursion-cut")
            else st.lists(documents(items, lenient=lenient), max_size=2)
        )
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum", 0), max_value=schema.get("maximum", 10_000))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        return {"date-time": _DATE_TIMES, "date": st.just("2025-12-01")}.get(schema.get("format", ""), _TEXT)
    return st.just({})


def _objects(schema: dict[str, Any], lenient: bool) -> st.SearchStrategy[dict[str, Any]]:
    required = set(schema.get("required", ()))
    properties = schema.get("properties", {})
    optional = {
        name: _maybe_null(documents(prop, lenient=lenient), lenient)
        for name, prop in properties.items()
        if name not in required and not prop.get("x-recursion-cut")
    }
    strategy = st.fixed_dictionaries(
        {name: documents(properties[name], lenient=lenient) for name in required if name in properties},
        optional=optional,
    )
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict) and not additional.get("x-recursion-cut"):
        strategy = st.builds(
            lambda fixed, extra: {**extra, **fixed},
            strategy,
            st.dictionaries(st.sampled_from(["a", "b"]), documents(additional, lenient=lenient), max_size=2),
        )
    elif lenient:
        strategy = st.builds(lambda fixed, extra: {**extra, **fixed}, strategy, _EXTRA)
    return strategy


def _maybe_null(strategy: st.SearchStrategy[Any], lenient: bool) -> st.SearchStrategy[Any]:
    return strategy | st.none() if lenient else strategy

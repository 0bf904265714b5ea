"""Spec patches: where Apple's OpenAPI file disagrees with the live API, and how we correct it.

Every patch is structure-aware (it looks for a shape, not a line of text) and idempotent: run on
Apple's raw download or on an already patched file, it leaves the same result, and on a second run
it changes nothing. Each returns how many places it changed, so a patch that stops matching
(Apple fixed the file) shows up as 0 in the regeneration log. IDs refer to ../shared/quirks.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True)
class Patch:
    """One correction of the spec: its quirk ID, a one-line reason, and the function applying it."""

    quirk: str
    name: str
    reason: str
    apply: Callable[[Json], int]


def _objects(node: Any) -> Iterator[Json]:
    """Every JSON object in the document, depth first (the shapes patches look for)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _object_schemas(spec: Json) -> Iterator[Json]:
    """Every schema with `properties`, named or inline."""
    return (node for node in _objects(spec) if isinstance(node.get("properties"), dict))


def _schemas(spec: Json) -> Json:
    schemas: Json = spec["components"]["schemas"]
    return schemas


def drop_empty_enums(spec: Json) -> int:
    changed = 0
    for node in _objects(spec):
        if node.get("enum") == []:
            del node["enum"]
            changed += 1
    return changed


def type_enums_as_const(spec: Json) -> int:
    changed = 0
    for schema in _object_schemas(spec):
        type_property = schema["properties"].get("type")
        if isinstance(type_property, dict) and len(type_property.get("enum") or ()) == 1:
            type_property["const"] = type_property.pop("enum")[0]
            changed += 1
    return changed


_KNOWN_ENUM_VALUES: dict[str, tuple[str, ...]] = {
    "BundleIdPlatform": ("UNIVERSAL", "SERVICES"),
    "CertificateType": ("DEVELOPER_ID_APPLICATION_G2",),
    "UserRole": ("GENERATE_INDIVIDUAL_KEYS", "CLOUD_MANAGED_APP_DISTRIBUTION"),
}


def add_known_enum_values(spec: Json) -> int:
    changed = 0
    schemas = _schemas(spec)
    for name, values in _KNOWN_ENUM_VALUES.items():
        enum = schemas.get(name, {}).get("enum")
        if enum is None:
            continue
        for value in values:
            if value not in enum:
                enum.append(value)
                changed += 1
    return changed


def document_links_optional(spec: Json) -> int:
    changed = 0
    for name, schema in _schemas(spec).items():
        required = schema.get("required")
        if name.endswith("Response") and required and "links" in required and "data" in required:
            required.remove("links")
            changed += 1
    return changed


def error_detail_optional(spec: Json) -> int:
    changed = 0
    for node in _object_schemas(spec):
        props = node["properties"]
        if {"code", "status", "title", "detail"} <= props.keys() and "detail" in node.get("required", ()):
            node["required"].remove("detail")
            changed += 1
    return changed


def deep_link_plain_string(spec: Json) -> int:
    attributes = _schemas(spec).get("AppEvent", {}).get("properties", {}).get("attributes", {})
    deep_link = attributes.get("properties", {}).get("deepLink")
    if isinstance(deep_link, dict) and deep_link.get("format") == "uri":
        del deep_link["format"]
        return 1
    return 0


_PURCHASE_REQUIREMENTS = ["NO_COST_ASSOCIATED", "IN_APP_PURCHASE"]


def purchase_requirement_enum(spec: Json) -> int:
    changed = 0
    for schema in _object_schemas(spec):
        prop = schema["properties"].get("purchaseRequirement")
        if (
            isinstance(prop, dict)
            and prop.get("type") == "string"
            and prop.get("enum") != _PURCHASE_REQUIREMENTS
        ):
            prop["enum"] = list(_PURCHASE_REQUIREMENTS)
            changed += 1
    return changed


def win_back_offer_price_relationships(spec: Json) -> int:
    schema = _schemas(spec).get("WinBackOfferPriceInlineCreate")
    if schema is None or "relationships" in schema.get("properties", {}):
        return 0

    def to_one(resource_type: str) -> Json:
        linkage = {
            "type": "object",
            "required": ["type", "id"],
            "properties": {"type": {"type": "string", "enum": [resource_type]}, "id": {"type": "string"}},
        }
        return {"type": "object", "required": ["data"], "properties": {"data": linkage}}

    schema.setdefault("properties", {})["relationships"] = {
        "type": "object",
        "required": ["territory"],
        "properties": {
            "territory": to_one("territories"),
            "subscriptionPricePoint": to_one("subscriptionPricePoints"),
        },
    }
    return 1


def fields_app_infos_without_kids_age_band(spec: Json) -> int:
    changed = 0
    for node in _objects(spec):
        if node.get("in") == "query" and node.get("name") == "fields[appInfos]":
            enum = node.get("schema", {}).get("items", {}).get("enum", [])
            if "kidsAgeBand" in enum:
                enum.remove("kidsAgeBand")
                changed += 1
    return changed


PATCHES: tuple[Patch, ...] = (
    Patch(
        "S6",
        "drop-empty-enums",
        "an empty `enum: []` makes the generator refuse the whole file",
        drop_empty_enums,
    ),
    Patch(
        "S9",
        "win-back-offer-price-relationships",
        "`WinBackOfferPriceInlineCreate` lost its `relationships`",
        win_back_offer_price_relationships,
    ),
    Patch(
        "S5",
        "type-enums-as-const",
        "single-value `type` enums collide by name and drop 18 schemas; a const is what they mean",
        type_enums_as_const,
    ),
    Patch("S1", "known-enum-values", "values the live API sends that the file lacks", add_known_enum_values),
    Patch(
        "S2",
        "document-links-optional",
        "responses arrive without top-level `links` (fixture fastlane__betaGroups__1)",
        document_links_optional,
    ),
    Patch("S4", "error-detail-optional", "`errors[].detail` is often absent", error_detail_optional),
    Patch(
        "S7",
        "deep-link-plain-string",
        "`AppEvent.deepLink` arrives as an empty string",
        deep_link_plain_string,
    ),
    Patch(
        "S8",
        "purchase-requirement-enum",
        "`purchaseRequirement` is a plain string; the values are fixed",
        purchase_requirement_enum,
    ),
    Patch(
        "S9",
        "fields-app-infos-without-kids-age-band",
        "the live API rejects `kidsAgeBand` in `fields[appInfos]`",
        fields_app_infos_without_kids_age_band,
    ),
)


def apply_all(spec: Json) -> list[tuple[Patch, int]]:
    """Apply every patch in order; return each with the number of places it changed."""
    return [(patch, patch.apply(spec)) for patch in PATCHES]

"""Reading JSON:API resources as the workflows get them (raw JSON): attributes, linkages, `included`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

Resource = dict[str, Any]
PLANNED = "planned-"  # the id prefix of what a dry run would have created


def planned(resource: Mapping[str, Any]) -> bool:
    """Whether `resource` is a dry run's placeholder for something not created."""
    return str(resource.get("id", "")).startswith(PLANNED)


def attributes(resource: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The resource's attributes ({} for none)."""
    return cast(Mapping[str, Any], (resource or {}).get("attributes") or {})


def related_id(resource: Mapping[str, Any], relationship: str) -> str | None:
    """The id a to-one relationship of `resource` links to, if its linkage was given."""
    data = ((resource.get("relationships") or {}).get(relationship) or {}).get("data")
    return str(data["id"]) if isinstance(data, Mapping) and data.get("id") else None


def related_ids(resource: Mapping[str, Any], relationship: str) -> list[str]:
    """The ids a to-many relationship of `resource` links to (as included)."""
    data = ((resource.get("relationships") or {}).get(relationship) or {}).get("data")
    return [str(item["id"]) for item in data or () if isinstance(item, Mapping)]


def included(document: Mapping[str, Any], type_: str, id_: str | None) -> Resource | None:
    """The `included` resource of that type and id."""
    for item in document.get("included") or ():
        if item.get("type") == type_ and item.get("id") == id_:
            return cast(Resource, item)
    return None

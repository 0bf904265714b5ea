"""`included` resolution: a page's included resources indexed once by (type, id), so that following a
relationship of a resource is one dictionary lookup.

Works on the generated models (attrs classes, `type_`) and on raw JSON:API objects (dicts, `type`):
`included` keeps resources of unknown types as dicts, and unknown relationships stay raw too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import attrs


class Included:
    """The resources of one page's `included`, by (type, id)."""

    def __init__(self, resources: Iterable[Any]) -> None:
        self._index: dict[tuple[str, str], Any] = {}
        for resource in resources:
            identity = resource_identity(resource)
            if identity is not None:
                self._index[identity] = resource

    def __len__(self) -> int:
        return len(self._index)

    def get(self, type_: str, id_: str) -> Any | None:
        """The included resource of this type and id, or None."""
        return self._index.get((type_, id_))

    def related(self, resource: Any, relationship: str) -> Any:
        """What `resource`'s `relationship` (e.g. "inAppPurchaseLocalizations") links to, from `included`.

        A to-many relationship gives a list of the linked resources the page included; a to-one gives
        the resource or None. `relationship` is the JSON:API name or the model's attribute name.
        """
        data = _linkage(resource, relationship)
        if isinstance(data, list):
            found = (
                self._index.get(identity) for identity in map(resource_identity, data) if identity is not None
            )
            return [target for target in found if target is not None]
        identity = resource_identity(data)
        return None if identity is None else self._index.get(identity)


def resource_identity(resource: object) -> tuple[str, str] | None:
    """(type, id) of a resource or resource identifier, model or dict; None for anything else."""
    # Paginators ask this of every item: a dict or a model is told apart without the slower
    # Mapping check, which only other mappings reach (issue 13).
    if isinstance(resource, dict) or (not hasattr(resource, "type_") and isinstance(resource, Mapping)):
        type_, id_ = resource.get("type"), resource.get("id")
    else:
        type_, id_ = getattr(resource, "type_", None), getattr(resource, "id", None)
    return (str(type_), id_) if type_ and isinstance(id_, str) else None


def _linkage(resource: Any, name: str) -> object:
    """The `data` of `resource`'s relationship `name`, or None when the document has none."""
    relationships: Any = (
        resource.get("relationships")
        if isinstance(resource, Mapping)
        else getattr(resource, "relationships", None)
    )
    if isinstance(relationships, Mapping):
        entry = relationships.get(name)
    elif attrs.has(type(relationships)):
        entry = _model_relationship(relationships, name)
    else:  # the document sent no relationships
        return None
    return entry.get("data") if isinstance(entry, Mapping) else getattr(entry, "data", None)


def _model_relationship(relationships: Any, name: str) -> object:
    """Relationship `name` of a generated relationships model; KeyError for a name it cannot have."""
    attribute = _attribute(relationships.__class__, name)
    if attribute is not None:
        return getattr(relationships, attribute)
    extra: dict[str, Any] = relationships.additional_properties
    if name in extra:  # a relationship newer than the spec
        return extra[name]
    raise KeyError(f"{type(relationships).__name__} has no relationship {name!r}")


@cache
def _attribute(cls: Any, name: str) -> str | None:
    """The attribute of a generated relationships class for `name`, JSON:API or Python spelling."""
    wanted = name.replace("_", "").lower()
    for field in attrs.fields(cls):
        if field.name != "additional_properties" and field.name.replace("_", "").lower() == wanted:
            return str(field.name)
    return None

"""The in-memory account: JSON:API resources, the relationships between them, thread-safe access."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ._http import relationship_invalid, resource_not_found

Link = str | list[str] | None


@dataclass(frozen=True)
class Relationship:
    """A relationship of a resource type; `inverse` names the link on the target that points back.

    The owner's own link `name` wins; without one, the targets whose `inverse` link names the owner are
    the relationship. Only a `served` relationship has its own endpoints (and `links`); the others show
    up only through `include`, as at Apple.
    """

    name: str
    target: str
    to_many: bool
    inverse: str | None = None
    served: bool = True


@dataclass(frozen=True)
class ResourceType:
    """One JSON:API type: where it lives, its attribute names (from Apple's spec) and served relationships."""

    type: str
    path: str
    attributes: tuple[str, ...]
    relationships: tuple[Relationship, ...] = ()
    listable: bool = False
    max_limit: int = 200

    def relationship(self, name: str) -> Relationship | None:
        """The served relationship called `name`, if any."""
        return next((rel for rel in self.relationships if rel.name == name), None)


@dataclass
class Resource:
    """A resource: its attributes and the ids it links to (some links are internal, e.g. an IAP's app)."""

    type: str
    id: str
    attributes: dict[str, Any]
    links: dict[str, Link] = field(default_factory=dict)


class Store:
    """All resources by type, in insertion order; hold `locked()` around read-modify-write sequences.

    `seeder` fills a type the first time it is read (types `mark_seeded` are left alone), so a sandbox
    starts fast and pays only for the types a test touches.
    """

    def __init__(self, seeder: Callable[[Store, str], None] | None = None) -> None:
        self._resources: dict[str, dict[str, Resource]] = {}
        self._lock = threading.RLock()
        self._seeder = seeder
        self._seeded: set[str] = set()

    def mark_seeded(self, *types: str) -> None:
        """Leave `types` as they are (seeded by hand, or meant to be empty)."""
        with self._lock:
            self._seeded.update(types)

    def _ensure(self, type_: str) -> None:
        if type_ in self._seeded:
            return
        with self._lock:
            if type_ in self._seeded:
                return
            self._seeded.add(type_)
            if self._seeder is not None:
                self._seeder(self, type_)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Exclusive access for a sequence of reads and writes."""
        with self._lock:
            yield

    def add(self, resource: Resource) -> Resource:
        """Store `resource` (replacing one with the same type and id)."""
        with self._lock:
            self._resources.setdefault(resource.type, {})[resource.id] = resource
        return resource

    def get(self, type_: str, id_: str) -> Resource | None:
        """The resource, or None."""
        self._ensure(type_)
        with self._lock:
            return self._resources.get(type_, {}).get(id_)

    def require(self, type_: str, id_: str, pointer: str | None = None) -> Resource:
        """The resource; for an unknown id Apple's 404, or its 409 when `pointer` says where in a request
        body the id was given."""
        if (resource := self.get(type_, id_)) is None:
            if pointer is not None:
                raise relationship_invalid(f"'{id_}' is not a valid ID for this relationship.", pointer)
            raise resource_not_found(type_, id_)
        return resource

    def delete(self, type_: str, id_: str) -> None:
        """Remove the resource, or answer 404."""
        with self._lock:
            self.require(type_, id_)
            del self._resources[type_][id_]

    def all(self, type_: str) -> list[Resource]:
        """Every resource of `type_`, oldest first."""
        self._ensure(type_)
        with self._lock:
            return list(self._resources.get(type_, {}).values())

    def where(self, type_: str, **links: str) -> list[Resource]:
        """The resources of `type_` whose named links are, or contain, the given ids."""
        return [
            resource
            for resource in self.all(type_)
            if all(_links_to(resource.links.get(name), id_) for name, id_ in links.items())
        ]

    def related(self, owner: Resource, rel: Relationship) -> list[Resource]:
        """The targets of `rel` from `owner` (a to-one relationship gives at most one)."""
        if rel.name not in owner.links and rel.inverse is not None:
            return self.where(rel.target, **{rel.inverse: owner.id})
        return [
            target for id_ in link_ids(owner.links.get(rel.name)) if (target := self.get(rel.target, id_))
        ]

    def link(self, owner: Resource, rel: Relationship, ids: list[str]) -> None:
        """Make `ids` the targets of `rel` (at most one for a to-one), keeping the targets' inverse links."""
        with self._lock:
            before = {target.id for target in self.related(owner, rel)}
            owner.links[rel.name] = list(ids) if rel.to_many else (ids[0] if ids else None)
            if rel.inverse is None:
                return
            for id_ in before ^ set(ids):
                target = self.get(rel.target, id_)
                if target is None or rel.inverse not in target.links:
                    continue
                back = target.links[rel.inverse]
                if isinstance(back, list):
                    target.links[rel.inverse] = (
                        [*back, owner.id] if id_ in ids else [item for item in back if item != owner.id]
                    )
                else:
                    target.links[rel.inverse] = owner.id if id_ in ids else None


def link_ids(link: Link) -> list[str]:
    """The ids a link holds (none, one or several)."""
    return [link] if isinstance(link, str) else list(link or [])


def _links_to(link: Link, id_: str) -> bool:
    return link == id_ if isinstance(link, str) else link is not None and id_ in link
